package io.switchboard.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** The last route: an address nothing else answered gets a friendly 404 instead of the bare default. */
@Singleton
public class NotFoundRoute {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found · Switchboard</title>
            <link rel="stylesheet" href="/css/app.css"></head>
            <body><header class="topbar"><a class="brand" href="/">Switchboard</a></header>
            <main><section class="error-page"><p class="status">404</p><h1>Not found</h1>
            <p>There is nothing at this address.</p><p><a href="/">Back to the dashboard</a></p></section></main>
            </body></html>""";

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            boolean api = ctx.normalizedPath().startsWith("/api/") || ctx.normalizedPath().startsWith("/hooks/");
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", api ? "application/json" : "text/html; charset=UTF-8")
                    .end(api ? "{\"error\":\"There is nothing at this address.\",\"details\":[]}" : PAGE);
        });
    }
}
