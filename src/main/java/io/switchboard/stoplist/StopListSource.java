package io.switchboard.stoplist;

/** Where a stop-list change came from (kept in its history row). */
public enum StopListSource {
    KEYWORD("Keyword from the customer"), ADMIN("Admin"), API("API"), IMPORT("Import");

    public final String title;

    StopListSource(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
