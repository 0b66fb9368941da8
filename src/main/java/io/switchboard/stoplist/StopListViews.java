package io.switchboard.stoplist;

import java.time.Instant;
import java.util.List;

/** What pages and the API see of stop lists. */
public final class StopListViews {
    private StopListViews() {
    }

    public record Entry(String number, Instant addedAt, StopListSource source, String addedBy, boolean carrierBlocked) {
    }

    /** One page (1-based) of a stop list; {@code totalCapped} means "at least {@code total}" for a search. */
    public record Page(String query, long total, boolean totalCapped, int page, int pageSize, List<Entry> entries) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return (long) page * pageSize < total;
        }

        /** The first and last number shown: the keyset cursors of the links to the previous and next page. */
        public String firstNumber() {
            return entries.isEmpty() ? "" : entries.get(0).number();
        }

        public String lastNumber() {
            return entries.isEmpty() ? "" : entries.get(entries.size() - 1).number();
        }
    }

    /** A number's standing with one contact point: on the stop list, under a carrier block, or both. */
    public record Status(String number, boolean onStopList, Instant addedAt, StopListSource source,
            boolean carrierBlocked, Instant blockedAt, String blockedVia) {
    }

    /** What one submission did. Removed numbers that stay carrier-blocked are named for the page to explain. */
    public record Change(List<String> added, List<String> alreadyListed, List<String> removed, List<String> notListed,
            List<String> stillCarrierBlocked) {
    }

    public record HistoryRow(Instant at, String action, StopListSource source, String actor, String detail) {
        public String getActionTitle() {
            return switch (action) {
                case "ADDED" -> "Added to the stop list";
                case "REMOVED" -> "Removed from the stop list";
                case "CARRIER_BLOCKED" -> "Carrier block set";
                case "CARRIER_BLOCK_LIFTED" -> "Carrier block lifted";
                case "HELP_REQUESTED" -> "Asked for help";
                default -> action;
            };
        }
    }

    public record Review(long id, String number, String toNumber, String text, Instant receivedAt) {
    }

    public record InboundResult(String contactPoint, InboundAction action) {
    }
}
