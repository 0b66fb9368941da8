package io.switchboard.stoplist;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.switchboard.common.InvalidInput;
import io.switchboard.security.CurrentUser;
import io.switchboard.security.Roles;
import io.switchboard.sms.PhoneNumbers;
import io.switchboard.stoplist.StopListViews.Change;
import io.switchboard.stoplist.StopListViews.HistoryRow;
import io.switchboard.stoplist.StopListViews.Review;
import io.switchboard.stoplist.StopListViews.Status;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/contact-points/{id}/stop-list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stop lists")
@RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
public class StopListApi {
    public record EntryJson(String number, Instant addedAt, String source, boolean carrierBlocked) {
    }

    public record PageJson(long total, boolean totalIsLowerBound, int page, int pageSize, List<EntryJson> entries) {
    }

    /** At most 50 numbers in all; any bad entry and nothing changes (400 naming each). */
    public record ChangeRequest(List<String> add, List<String> remove) {
    }

    public record ChangeJson(List<String> added, List<String> alreadyListed, List<String> removed,
            List<String> notListed, List<String> stillCarrierBlocked, String note) {
    }

    public record StatusJson(String number, boolean onStopList, Instant addedAt, String source, boolean carrierBlocked,
            Instant carrierBlockedAt) {
    }

    public record HistoryJson(Instant at, String action, String source, String actor, String detail) {
    }

    public record ReviewJson(long id, String number, String to, String text, Instant receivedAt) {
        static ReviewJson of(Review r) {
            return new ReviewJson(r.id(), r.number(), r.toNumber(), r.text(), r.receivedAt());
        }
    }

    @Inject
    StopLists stopLists;
    @Inject
    StopListLookup lookup;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(summary = "A page (1-based, 50 entries) of the stop list; q finds numbers starting with the digits; "
            + "after=<e164> (the last number of the page before) pages on by the index at any depth")
    public PageJson page(@RestPath String id, @RestQuery String q, @RestQuery Integer page, @RestQuery String after) {
        if (after != null && !PhoneNumbers.isE164(after)) {
            throw InvalidInput.of("after", "“" + after + "” is not a number of the list: send the last number (E.164) "
                    + "of the page before.");
        }
        var p = stopLists.page(user.tenantId(), id, q, page == null ? 1 : page, after, null);
        return new PageJson(p.total(), p.totalCapped(), p.page(), p.pageSize(), p.entries().stream()
                .map(e -> new EntryJson(e.number(), e.addedAt(), e.source().name(), e.carrierBlocked())).toList());
    }

    @POST
    @Operation(summary = "Add and/or remove up to 50 numbers, all or nothing. Removing does not lift a carrier block.")
    public ChangeJson change(@RestPath String id, ChangeRequest body) {
        if (body == null) {
            throw InvalidInput.of("add", "Send {\"add\": [...], \"remove\": [...]}.");
        }
        Change c = stopLists.change(user.tenantId(), id, body.add(), body.remove(), StopListSource.API, user.actor());
        String note = c.stillCarrierBlocked().isEmpty() ? null
                : "Still carrier-blocked until the customer texts START: " + String.join(", ", c.stillCarrierBlocked());
        return new ChangeJson(c.added(), c.alreadyListed(), c.removed(), c.notListed(), c.stillCarrierBlocked(), note);
    }

    public record ImportJson(int added, int alreadyListed) {
    }

    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Operation(summary = "Import numbers from CSV (a phone_number or number column, else the first column), up to "
            + "100,000, all or nothing; 400 names each bad line")
    public ImportJson importCsv(@RestPath String id, String csv) {
        Change c = stopLists.importCsv(user.tenantId(), id, csv, user.actor());
        return new ImportJson(c.added().size(), c.alreadyListed().size());
    }

    @GET
    @Path("{number}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.AGENT, Roles.INTEGRATION })
    @Operation(summary = "Whether a number may be sent to: 200 when on the stop list or carrier-blocked, 404 otherwise")
    public Uni<StatusJson> status(@RestPath String id, @RestPath String number) {
        // The hot path, answered on the IO thread by the reactive client; only a first request of this tenant or
        // user, or a number written in the tenant's local format, takes a blocking step on a worker first.
        Runnable provisioning = user.pendingProvisioning();
        String tenantId = user.tokenTenantId();
        Uni<String> e164 = provisioning == null && PhoneNumbers.isE164(number) ? Uni.createFrom().item(number)
                : Uni.createFrom().item(() -> {
                    if (provisioning != null) {
                        provisioning.run();
                    }
                    return stopLists.lookupNumber(tenantId, number);
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return e164.chain(n -> lookup.find(tenantId, id, n).map(s -> s.orElseThrow(() -> StopLists.notListed(n, id))))
                .map(s -> new StatusJson(s.number(), s.onStopList(), s.addedAt(),
                        s.source() == null ? null : s.source().name(), s.carrierBlocked(), s.blockedAt()));
    }

    @GET
    @Path("{number}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.INTEGRATION })
    @Operation(summary = "Every stop-list change of the number on this contact point, newest first")
    public List<HistoryJson> history(@RestPath String id, @RestPath String number) {
        List<HistoryRow> rows = stopLists.history(user.tenantId(), id, number);
        return rows.stream().map(h -> new HistoryJson(h.at(), h.action(), h.source().name(), h.actor(), h.detail()))
                .toList();
    }

    @GET
    @Path("reviews")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Open review queue: inbound messages that look like an opt-out request")
    public List<ReviewJson> reviews(@RestPath String id) {
        return stopLists.openReviews(user.tenantId(), id).stream().map(ReviewJson::of).toList();
    }

    @POST
    @Path("reviews/{review}/apply")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add the sender of a reviewed message to the stop list")
    public ReviewJson apply(@RestPath String id, @RestPath long review) {
        return ReviewJson.of(stopLists.applyReview(user.tenantId(), id, review, user.actor()));
    }

    @POST
    @Path("reviews/{review}/dismiss")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Dismiss a reviewed message without changing the stop list")
    public ReviewJson dismiss(@RestPath String id, @RestPath long review) {
        return ReviewJson.of(stopLists.dismissReview(user.tenantId(), id, review, user.actor()));
    }
}
