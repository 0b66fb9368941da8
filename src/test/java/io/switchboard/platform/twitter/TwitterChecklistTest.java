package io.switchboard.platform.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.switchboard.platform.twitter.TwitterChecklist.Status;

/** Each answer X can give the two checks, and what the admin is told. */
class TwitterChecklistTest {
    static final XAnswer ACCOUNT = new XAnswer(200, """
            {"id": 6253282, "id_str": "6253282", "screen_name": "acme", "name": "Acme Support"}""", null);
    static final XAnswer DMS_ALL = new XAnswer(200, "{\"allow_dms_from\": \"all\"}", null);

    @Test
    void aVerifiedAccountThatAnyoneCanMessageIsAllGreen() {
        TwitterChecklist.Result r = TwitterChecklist.evaluate(ACCOUNT, DMS_ALL);
        assertThat(r.account()).isEqualTo(new TwitterChecklist.Account("6253282", "acme", "Acme Support"));
        assertThat(r.dmsFromAnyone()).isTrue();
        assertThat(r.allGreen()).isTrue();
        assertThat(r.items()).extracting(TwitterChecklist.Item::item).containsExactly("account", "dmsFromAnyone");
        assertThat(r.items().get(0).message()).isEqualTo("Connected as @acme (Acme Support, account id 6253282).");
        assertThat(r.items()).allSatisfy(i -> assertThat(i.fix()).isNull());
    }

    @Test
    void dmsOnlyFromFollowedAccountsIsAWarningWithTheFix() {
        TwitterChecklist.Result r = TwitterChecklist.evaluate(ACCOUNT, new XAnswer(200, "{\"allow_dms_from\":\"following\"}", null));
        assertThat(r.account()).isNotNull();
        assertThat(r.dmsFromAnyone()).isFalse();
        TwitterChecklist.Item dms = r.items().get(1);
        assertThat(dms.status()).isEqualTo(Status.YELLOW);
        assertThat(dms.message()).startsWith("WARNING: only people this account follows can send")
                .contains("allow_dms_from: following");
        assertThat(dms.fix()).startsWith("On X: Settings → Privacy and safety → Direct messages → Allow message requests "
                + "from everyone");
        assertThat(TwitterChecklist.evaluate(ACCOUNT, new XAnswer(200, "{\"allow_dms_from\":\"verified\"}", null))
                .items().get(1).message()).contains("verified accounts");
    }

    @Test
    void aRevokedTokenSaysReconnectAndDoesNotCheckDms() {
        XAnswer refused = new XAnswer(401, "{\"errors\":[{\"code\":89,\"message\":\"Invalid or expired token.\"}]}", null);
        TwitterChecklist.Result r = TwitterChecklist.evaluate(refused, refused);
        assertThat(r.tokenRefused()).isTrue();
        assertThat(r.account()).isNull();
        assertThat(r.dmsFromAnyone()).isNull();
        assertThat(r.items().get(0).message()).startsWith("Token invalid or revoked: Reconnect");
        assertThat(r.items().get(0).fix()).contains("Reconnect").contains("Access Token and Secret");
        assertThat(r.items().get(1).message()).isEqualTo("Not checked: X refused the account's token.");
    }

    @Test
    void rateLimitsNameTheResetTimeWhenXGivesIt() {
        TwitterChecklist.Result r = TwitterChecklist.evaluate(new XAnswer(429, "", "1795000000"), new XAnswer(429, "", null));
        assertThat(r.items().get(0).message()).isEqualTo("X rate-limited the check of the account (429); the limit resets "
                + "at 2026-11-18 11:06:40 UTC.");
        assertThat(r.items().get(0).fix()).isEqualTo("Check again after 2026-11-18 11:06:40 UTC.");
        assertThat(r.items().get(1).message()).isEqualTo("X rate-limited the check of who may send direct messages (429).");
        assertThat(r.items().get(1).fix()).isEqualTo("Check again in 15 minutes.");
        assertThat(TwitterChecklist.evaluate(new XAnswer(429, "", "soon"), DMS_ALL).items().get(0).message())
                .endsWith("(429).");
    }

    @Test
    void serverErrorsTimeoutsAndBadJsonAreYellowWithTheReason() {
        TwitterChecklist.Result r = TwitterChecklist.evaluate(new XAnswer(503, "Over capacity", null),
                XAnswer.unreachable("no answer within 1 s"));
        assertThat(r.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.YELLOW));
        assertThat(r.items().get(0).message()).isEqualTo("X answered 503 to the check of the account (a problem on X's side).");
        assertThat(r.items().get(1).message()).isEqualTo("X could not be reached to check who may send direct messages: "
                + "no answer within 1 s.");
        TwitterChecklist.Result bad = TwitterChecklist.evaluate(new XAnswer(200, "<html>oops", null),
                new XAnswer(200, "[]", null));
        assertThat(bad.account()).isNull();
        assertThat(bad.items().get(0).message()).contains("not the expected account JSON");
        assertThat(bad.items().get(1).message()).contains("did not say who may send direct messages");
        assertThat(TwitterChecklist.evaluate(new XAnswer(403, "", null), DMS_ALL).items().get(0).fix())
                .contains("Read and write and Direct message");
    }
}
