package io.switchboard.tenant;

import java.time.Instant;
import java.util.List;

import io.switchboard.stoplist.KeywordLists;

/** The tenant-wide settings an admin edits: name, time zone, phone region and SMS keyword lists. */
public record TenantSettings(String name, String timeZone, String defaultRegion, List<String> optOutKeywords,
        List<String> optInKeywords, List<String> helpKeywords, long version, Instant updatedAt, String updatedBy) {

    static TenantSettings of(Tenant t) {
        return new TenantSettings(t.name, t.timeZone, t.defaultRegion, words(t.optOutKeywords),
                words(t.optInKeywords), words(t.helpKeywords), t.version, t.updatedAt, t.updatedBy);
    }

    private static List<String> words(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.strip().split(" +"));
    }

    /** The keyword lists inbound SMS are classified with. */
    public KeywordLists keywords() {
        return new KeywordLists(optOutKeywords, optInKeywords, helpKeywords);
    }

    /** The part that is recorded in the audit log. */
    public java.util.Map<String, Object> audited() {
        return java.util.Map.of("name", name, "timeZone", timeZone, "defaultRegion", defaultRegion,
                "optOutKeywords", optOutKeywords, "optInKeywords", optInKeywords, "helpKeywords", helpKeywords);
    }
}
