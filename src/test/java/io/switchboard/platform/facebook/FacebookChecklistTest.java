package io.switchboard.platform.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.switchboard.platform.facebook.FacebookChecklist.Action;
import io.switchboard.platform.facebook.FacebookChecklist.Answers;
import io.switchboard.platform.facebook.FacebookChecklist.Item;
import io.switchboard.platform.facebook.FacebookChecklist.Line;
import io.switchboard.platform.facebook.FacebookChecklist.Status;

class FacebookChecklistTest {
    static final String APP = "424242";
    static final List<String> REQUIRED = List.of("pages_messaging", "pages_manage_metadata", "pages_show_list");
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static GraphAnswer ok(String json) {
        return GraphAnswer.of(200, json);
    }

    static GraphAnswer debug(Instant expires) {
        return ok("{\"data\":{\"app_id\":\"" + APP + "\",\"is_valid\":true,\"expires_at\":"
                + (expires == null ? 0 : expires.getEpochSecond()) + "}}");
    }

    static final GraphAnswer PAGE_TOKEN = ok("{\"access_token\":\"EAApage\",\"id\":\"1122\"}");
    static final GraphAnswer SUBSCRIBED = ok("{\"data\":[{\"id\":\"999\",\"subscribed_fields\":[\"feed\"]},{\"id\":\"" + APP
            + "\",\"subscribed_fields\":[\"messages\",\"messaging_postbacks\",\"feed\"]}]}");
    static final GraphAnswer GRANTED = ok("{\"data\":[{\"permission\":\"pages_messaging\",\"status\":\"granted\"},"
            + "{\"permission\":\"pages_manage_metadata\",\"status\":\"granted\"},{\"permission\":\"pages_show_list\",\"status\":\"granted\"},"
            + "{\"permission\":\"public_profile\",\"status\":\"granted\"}]}");

    static Answers healthy() {
        return new Answers("Ada", debug(NOW.plus(Duration.ofDays(60))), "1122", "Acme", null, PAGE_TOKEN, SUBSCRIBED, GRANTED);
    }

    static Line line(Answers a, Item item) {
        return FacebookChecklist.evaluate(a, APP, REQUIRED, NOW).stream().filter(l -> l.item() == item).findFirst().orElseThrow();
    }

    @Test
    void healthyAnswersMakeFourGreenItemsInOrder() {
        List<Line> lines = FacebookChecklist.evaluate(healthy(), APP, REQUIRED, NOW);
        assertThat(lines).extracting(Line::item).containsExactly(Item.ASSOCIATE_USER, Item.PAGE, Item.SUBSCRIPTION, Item.PERMISSIONS);
        assertThat(lines).allMatch(Line::green).allMatch(l -> l.fix() == null && l.action() == null);
        assertThat(lines.get(0).message()).isEqualTo("Connected as Ada; long-lived token valid until 2027-01-30 12:00:00 UTC.");
    }

    @Test
    void tokenExpiryAtTheEdgesOfTheWarningWeek() {
        Answers a = healthy();
        assertThat(line(with(a, debug(NOW.plus(Duration.ofDays(7)))), Item.ASSOCIATE_USER).status()).isEqualTo(Status.GREEN);
        Line soon = line(with(a, debug(NOW.plus(Duration.ofDays(7)).minusSeconds(1))), Item.ASSOCIATE_USER);
        assertThat(soon.status()).isEqualTo(Status.YELLOW);
        assertThat(soon.action()).isEqualTo(Action.RECONNECT);
        assertThat(soon.message()).contains("(in 6 days)");
        assertThat(line(with(a, debug(NOW.plus(Duration.ofHours(5)))), Item.ASSOCIATE_USER).message()).contains("less than a day");
        Line expired = line(with(a, debug(NOW)), Item.ASSOCIATE_USER);
        assertThat(expired.message()).isEqualTo("Ada's token expired at 2026-12-01 12:00:00 UTC.");
        assertThat(line(with(a, debug(null)), Item.ASSOCIATE_USER).message()).contains("does not expire");
    }

    @Test
    void anInvalidTokenOrOneOfAnotherAppIsYellowWithReconnect() {
        Line invalid = line(with(healthy(), ok("{\"data\":{\"is_valid\":false,\"error\":{\"code\":190,\"message\":\"Session has expired\"}}}")),
                Item.ASSOCIATE_USER);
        assertThat(invalid.status()).isEqualTo(Status.YELLOW);
        assertThat(invalid.message()).isEqualTo("Ada's token is no longer valid: Session has expired");
        assertThat(invalid.action()).isEqualTo(Action.RECONNECT);
        Line otherApp = line(with(healthy(), ok("{\"data\":{\"is_valid\":true,\"app_id\":\"777\",\"expires_at\":0}}")),
                Item.ASSOCIATE_USER);
        assertThat(otherApp.message()).contains("another Facebook app (777)");
    }

    @Test
    void graphFailuresBecomeYellowItemsWithFacebooksMessage() {
        Line down = line(with(healthy(), GraphAnswer.unreachable("no answer within 1 s")), Item.ASSOCIATE_USER);
        assertThat(down.status()).isEqualTo(Status.YELLOW);
        assertThat(down.action()).isEqualTo(Action.CHECK);
        assertThat(down.message()).contains("Facebook could not be reached: no answer within 1 s");
        Line oauth = line(with(healthy(), GraphAnswer.of(400, "{\"error\":{\"message\":\"Invalid OAuth access token.\","
                + "\"type\":\"OAuthException\",\"code\":190}}")), Item.ASSOCIATE_USER);
        assertThat(oauth.message()).contains("Facebook says: Invalid OAuth access token. (OAuthException, code 190)");
        assertThat(GraphAnswer.of(200, "not json").problem()).contains("could not be read");
        assertThat(GraphAnswer.of(200, "[1,2]").problem()).contains("could not be read");
        assertThat(GraphAnswer.of(502, "").problem()).isEqualTo("Facebook answered HTTP 502 (a Facebook-side failure)");
        assertThat(GraphAnswer.of(400, "{\"error\":{\"message\":\"x\",\"code\":190}}").errorCode()).isEqualTo(190);
    }

    @Test
    void aUserWhoDoesNotManageThePageHasNoPageTokenAndSoNoSubscriptionCheck() {
        Answers a = healthy();
        Answers noToken = new Answers("Ada", a.debugToken(), "1122", "Acme", null, ok("{\"id\":\"1122\"}"), null, GRANTED);
        Line page = line(noToken, Item.PAGE);
        assertThat(page.status()).isEqualTo(Status.YELLOW);
        assertThat(page.message()).startsWith("Ada does not manage the page “Acme” (1122)");
        assertThat(page.action()).isEqualTo(Action.RECONNECT);
        assertThat(line(noToken, Item.SUBSCRIPTION).message()).contains("without a page token");
        Answers refused = new Answers("Ada", a.debugToken(), "1122", "Acme", null,
                GraphAnswer.of(403, "{\"error\":{\"message\":\"(#200) No permission\",\"code\":200}}"), null, GRANTED);
        assertThat(line(refused, Item.PAGE).message()).contains("does not manage").contains("No permission");
        Answers lookupFailed = new Answers("Ada", a.debugToken(), "1122", "Acme", GraphAnswer.of(503, ""), null, null, GRANTED);
        assertThat(line(lookupFailed, Item.PAGE).message()).contains("could not be read").contains("HTTP 503");
    }

    @Test
    void subscriptionNeedsOurAppWithMessagesAndPostbacks() {
        Answers a = healthy();
        Line none = line(withSubscribed(a, ok("{\"data\":[{\"id\":\"999\",\"subscribed_fields\":[\"messages\",\"messaging_postbacks\"]}]}")),
                Item.SUBSCRIPTION);
        assertThat(none.status()).isEqualTo(Status.YELLOW);
        assertThat(none.action()).isEqualTo(Action.SUBSCRIBE);
        assertThat(none.message()).contains("not subscribed");
        Line partial = line(withSubscribed(a, ok("{\"data\":[{\"id\":\"" + APP + "\",\"subscribed_fields\":[\"messaging_postbacks\"]}]}")),
                Item.SUBSCRIPTION);
        assertThat(partial.message()).contains("not to messages,").doesNotContain("messaging_postbacks,");
        assertThat(line(withSubscribed(a, ok("{\"data\":[]}")), Item.SUBSCRIPTION).status()).isEqualTo(Status.YELLOW);
        assertThat(line(withSubscribed(a, GraphAnswer.unreachable("x")), Item.SUBSCRIPTION).action()).isEqualTo(Action.SUBSCRIBE);
    }

    @Test
    void permissionsNameEachMissingAndDeclinedOne() {
        Answers a = healthy();
        Line l = line(withPermissions(a, ok("{\"data\":[{\"permission\":\"pages_messaging\",\"status\":\"declined\"},"
                + "{\"permission\":\"pages_show_list\",\"status\":\"expired\"}]}")), Item.PERMISSIONS);
        assertThat(l.status()).isEqualTo(Status.YELLOW);
        assertThat(l.message()).isEqualTo("Permissions not granted: pages_manage_metadata; declined: pages_messaging, pages_show_list.");
        assertThat(l.fix()).isEqualTo("Reconnect and grant pages_manage_metadata, pages_messaging, pages_show_list when Facebook asks.");
        assertThat(line(withPermissions(a, ok("{\"data\":[]}")), Item.PERMISSIONS).message())
                .isEqualTo("Permissions not granted: pages_messaging, pages_manage_metadata, pages_show_list.");
        assertThat(line(withPermissions(a, GraphAnswer.of(500, "")), Item.PERMISSIONS).action()).isEqualTo(Action.CHECK);
    }

    static Answers with(Answers a, GraphAnswer debug) {
        return new Answers(a.userName(), debug, a.pageId(), a.pageName(), a.pageLookup(), a.pageToken(), a.subscribedApps(),
                a.permissions());
    }

    static Answers withSubscribed(Answers a, GraphAnswer s) {
        return new Answers(a.userName(), a.debugToken(), a.pageId(), a.pageName(), a.pageLookup(), a.pageToken(), s,
                a.permissions());
    }

    static Answers withPermissions(Answers a, GraphAnswer p) {
        return new Answers(a.userName(), a.debugToken(), a.pageId(), a.pageName(), a.pageLookup(), a.pageToken(),
                a.subscribedApps(), p);
    }
}
