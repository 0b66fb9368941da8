package io.switchboard.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Clears the flash cookie once a page has shown it. */
public class FlashFilter {
    @Inject
    Flash flash;

    @ServerResponseFilter
    public void clearShownMessage(ContainerResponseContext response) {
        if (flash.wasRead()) {
            response.getHeaders().add("Set-Cookie",
                    new NewCookie.Builder(Flash.COOKIE).value("").path("/").maxAge(0).build());
        }
    }
}
