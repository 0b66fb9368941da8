package io.switchboard.web;

import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.switchboard.common.Conflict;
import io.switchboard.common.InvalidInput;
import io.switchboard.common.NotFound;
import io.switchboard.common.StaleUpdate;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * One place that turns exceptions into answers: JSON {"error","details"} under /api and /hooks,
 * the friendly error page elsewhere. Unexpected failures are logged with an id the user can quote.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return answer(uri, 404, "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return answer(uri, 404, "Not found", "There is nothing at this address.", List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return answer(uri, 405, "Method not allowed", "This address does not accept that request.", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, 403, "Forbidden", "Your role does not allow this. Ask a tenant admin if you need it.",
                List.of());
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, UriInfo uri) {
        return answer(uri, 409, "Conflict", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.switchboard.common.Unauthenticated e, UriInfo uri) {
        return answer(uri, 401, "Not signed", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response outboundRefused(io.switchboard.outbound.OutboundRefused e, UriInfo uri) {
        return answer(uri, e.refusal.status, e.refusal.status == 403 ? "Not allowed" : "Refused", e.getMessage(),
                List.of("reason: " + e.refusal.name()));
    }

    @ServerExceptionMapper
    public Response gatewayFailed(io.switchboard.outbound.SmsGateway.Failure e, UriInfo uri) {
        LOG.warnf("SMS gateway failed on %s: %s", uri.getPath(), e.getMessage());
        return answer(uri, 502, "The SMS gateway failed", e.getMessage() + " Nothing was sent; try again.",
                List.of("reason: GATEWAY"));
    }

    @ServerExceptionMapper
    public Response stale(StaleUpdate e, UriInfo uri) {
        return answer(uri, 409, "Changed by someone else", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return answer(uri, 409, "Changed by someone else",
                "Someone else saved a change at the same moment. Reload to see the current values; nothing was saved.",
                List.of());
    }

    /** Two requests creating the same row at once: the loser gets a conflict, not a failure. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return answer(uri, 409, "Conflict",
                "Someone else made a conflicting change at the same moment. Reload and try again; nothing was saved.",
                List.of());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, UriInfo uri) {
        return answer(uri, 400, "Invalid input", "The request has invalid values; nothing was changed.",
                e.errors.details());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign in required";
            case 406 -> "Not acceptable";
            case 415 -> "Unsupported media type";
            default -> "Request refused";
        };
        String message = status == 400 ? "The request could not be read; nothing was changed." : title + ".";
        return answer(uri, status, title, message, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return answer(uri, 500, "Something went wrong",
                "The server could not complete this request (error " + id + "). Nothing was changed.", List.of());
    }

    private Response answer(UriInfo uri, int status, String title, String message, List<String> details) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.startsWith("/hooks/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(message, details)).build();
        }
        return pages.page(status, title, message);
    }
}
