package io.switchboard.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Posts forms the way a browser does: load the page first, send back its CSRF cookie and hidden token. */
public final class Forms {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** A request carrying the CSRF cookie and field of the form on {@code pagePath}. */
    public static RequestSpecification from(String pagePath) {
        return withToken(pagePath, false);
    }

    /** Like {@link #from} for a file-upload form: multipart, the token as one of its parts. */
    public static RequestSpecification multipartFrom(String pagePath) {
        return withToken(pagePath, true);
    }

    private static RequestSpecification withToken(String pagePath, boolean multipart) {
        Response page = given().redirects().follow(false).get(pagePath);
        Matcher m = TOKEN.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("No CSRF field on " + pagePath + " (status " + page.statusCode() + ")");
        }
        String token = m.group(1);
        String cookie = page.getCookie("sb-csrf");
        RequestSpecification spec = given().redirects().follow(false);
        spec = multipart ? spec.contentType("multipart/form-data").multiPart("csrf-token", token)
                : spec.contentType("application/x-www-form-urlencoded").formParam("csrf-token", token);
        return cookie == null ? spec : spec.cookie("sb-csrf", cookie);
    }

    /** The value of a hidden input in the form whose action is {@code action}. */
    public static String hidden(String html, String action, String name) {
        int form = html.indexOf("action=\"" + action + "\"");
        if (form < 0) {
            throw new AssertionError("No form posting to " + action);
        }
        return hidden(html.substring(form), name);
    }

    /** The value of the first hidden input of that name on a page, e.g. the version of a settings form. */
    public static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No hidden field " + name);
        }
        return m.group(1);
    }
}
