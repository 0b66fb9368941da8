package io.switchboard.web;

import java.util.List;

/** The JSON API's error body: {"error": "...", "details": [...]}. */
public record ApiError(String error, List<String> details) {
    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }
}
