package io.switchboard.webchat;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A page of a pretend customer site: it loads the public config as the real chat client does (so the whitelist
 * applies to it too) and draws the chat button and the welcome form from it. Public, like the config.
 */
@Path("/webchat-demo/{tenant}/{contactPoint}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class WebChatDemo {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(String tenant, String contactPoint);
    }

    @GET
    public TemplateInstance show(@RestPath String tenant, @RestPath String contactPoint) {
        return Templates.show(tenant, contactPoint);
    }
}
