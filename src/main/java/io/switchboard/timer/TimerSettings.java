package io.switchboard.timer;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The timer values set at one level: tenant ('' / ''), contact point (id / ''), or platform (id / SMS …). */
@Entity
@Table(name = "timer_settings")
@IdClass(TimerSettings.Key.class)
public class TimerSettings extends PanacheEntityBase {
    static final String NONE = "";

    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "contact_point_id")
    public String contactPointId;
    @Id
    public String platform;
    @Column(name = "invitation_timeout")
    public Integer invitationTimeout;
    @Column(name = "response_timeout")
    public Integer responseTimeout;
    @Column(name = "art_minimum")
    public Integer artMinimum;
    @Column(name = "art_maximum")
    public Integer artMaximum;
    @Column(name = "inactive_time")
    public Integer inactiveTime;
    @Column(name = "close_time")
    public Integer closeTime;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;

    public static TimerSettings findLevel(String tenantId, String contactPointId, String platform) {
        return find("tenantId = ?1 and contactPointId = ?2 and platform = ?3", tenantId, contactPointId, platform)
                .firstResult();
    }

    public static List<TimerSettings> listByTenant(String tenantId) {
        return list("tenantId", tenantId);
    }

    public static long deleteByContactPoint(String tenantId, String contactPointId) {
        return delete("tenantId = ?1 and contactPointId = ?2", tenantId, contactPointId);
    }

    public Map<Timer, Integer> values() {
        Map<Timer, Integer> v = new EnumMap<>(Timer.class);
        put(v, Timer.INVITATION_TIMEOUT, invitationTimeout);
        put(v, Timer.RESPONSE_TIMEOUT, responseTimeout);
        put(v, Timer.ART_MINIMUM, artMinimum);
        put(v, Timer.ART_MAXIMUM, artMaximum);
        put(v, Timer.INACTIVE_TIME, inactiveTime);
        put(v, Timer.CLOSE_TIME, closeTime);
        return v;
    }

    public void set(Timer timer, Integer seconds) {
        switch (timer) {
            case INVITATION_TIMEOUT -> invitationTimeout = seconds;
            case RESPONSE_TIMEOUT -> responseTimeout = seconds;
            case ART_MINIMUM -> artMinimum = seconds;
            case ART_MAXIMUM -> artMaximum = seconds;
            case INACTIVE_TIME -> inactiveTime = seconds;
            case CLOSE_TIME -> closeTime = seconds;
        }
    }

    public boolean isEmpty() {
        return values().isEmpty();
    }

    private static void put(Map<Timer, Integer> map, Timer timer, Integer value) {
        if (value != null) {
            map.put(timer, value);
        }
    }

    public static class Key implements java.io.Serializable {
        public String tenantId;
        public String contactPointId;
        public String platform;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(contactPointId, k.contactPointId) && Objects.equals(platform, k.platform);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, contactPointId, platform);
        }
    }
}
