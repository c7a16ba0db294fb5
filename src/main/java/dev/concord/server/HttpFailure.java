package dev.concord.server;

/**
 * A request the server answers with an error: the HTTP status, a one-line message for the client, and for 503/429 how
 * many seconds to wait before trying again.
 */
final class HttpFailure extends Exception {
    private final int status;
    private final int retryAfterSeconds;
    private final String allow;

    HttpFailure(int status, String message) {
        this(status, message, 0, null);
    }

    private HttpFailure(int status, String message, int retryAfterSeconds, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.allow = allow;
    }

    /** 405, with the methods the endpoint takes (for the {@code Allow} header HTTP requires). */
    static HttpFailure methodNotAllowed(String method, String allow) {
        return new HttpFailure(405, method + " is not allowed here; use " + allow.replace(", ", " or "), 0, allow);
    }

    static HttpFailure badRequest(String message) {
        return new HttpFailure(400, message);
    }

    static HttpFailure tooLarge(String message) {
        return new HttpFailure(413, message);
    }

    /** The server has no room for the check now: 503 with a hint to retry in a second or two. */
    static HttpFailure busy(String message) {
        return new HttpFailure(503, message, 2, null);
    }

    int status() {
        return status;
    }

    /** The methods an endpoint takes, for a 405; null otherwise. */
    String allow() {
        return allow;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
