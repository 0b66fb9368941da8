package io.switchboard.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.switchboard.web.ErrorPages;

/**
 * Rejects every state-changing form post (url-encoded or multipart) whose hidden token does not
 * match the CSRF cookie. JSON requests need no token: browsers cannot send them cross-site
 * without a CORS pre-flight, which this app never grants.
 */
public class CsrfFilter {
    @Inject
    Csrf csrf;
    @Inject
    ErrorPages errorPages;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())
                || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (!form) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object submitted = context.getFormParameter(Csrf.FIELD, true, false);
        if (Csrf.matches(csrf.fromCookie(), submitted == null ? null : submitted.toString())) {
            return null;
        }
        return errorPages.page(Response.Status.BAD_REQUEST, "This form has expired",
                "The form was missing its security token or it did not match (perhaps the page was open "
                        + "for a long time or was sent from another site). Nothing was changed. "
                        + "Go back, reload the page and try again.");
    }

    @ServerResponseFilter
    public void issue(ContainerResponseContext response) {
        if (csrf.issued()) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(Csrf.COOKIE).value(csrf.getToken())
                    .path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }
}
