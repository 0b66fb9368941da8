package io.switchboard.stoplist;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.smallrye.mutiny.Uni;
import io.switchboard.stoplist.StopListViews.Status;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The membership check other systems call before every send, on the reactive PostgreSQL client: the same statement
 * as {@link StopLists#find}, answered on the IO thread, so no worker thread is held while PostgreSQL works.
 */
@ApplicationScoped
public class StopListLookup {
    @Inject
    Pool pool;

    /** The number's standing (empty when neither listed nor blocked); fails with 404 for an unknown contact point. */
    public Uni<Optional<Status>> find(String tenantId, String contactPointId, String e164) {
        return pool.preparedQuery(StopLists.STATUS).execute(Tuple.of(e164, e164, tenantId, contactPointId))
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        throw StopLists.noContactPoint(contactPointId);
                    }
                    Row r = it.next();
                    return StopLists.status(e164, instant(r.getOffsetDateTime(0)), r.getString(1), instant(r.getOffsetDateTime(2)),
                            r.getString(3));
                });
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
