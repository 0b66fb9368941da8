package io.switchboard.sms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What pages, the API and the audit log see of a number. */
public record SmsNumberView(String number, String contactPointId, SmsNumberType type, String divertTo,
        Instant createdAt, String createdBy) {
    static SmsNumberView of(SmsNumber n) {
        return new SmsNumberView(n.number, n.contactPointId, n.type, n.divertTo, n.createdAt, n.createdBy);
    }

    public Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("contactPoint", contactPointId);
        m.put("type", type.name());
        m.put("divertTo", divertTo);
        return m;
    }
}
