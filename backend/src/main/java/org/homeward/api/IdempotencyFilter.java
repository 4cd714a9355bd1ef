package org.homeward.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.homeward.privacy.MasterKey;
import org.homeward.security.ProblemResponses;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Idempotency-Key} on a POST to the API: the first request with a key is processed and its response kept;
 * a retry with the same key and the same request gets that response again and records nothing. The same key with
 * a different request is refused (422); a retry while the first is still running gets 409. Server errors are not
 * kept, so the request can be retried.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    /** How long a response is kept for retries, and when a request still "in progress" is taken as abandoned. */
    static final Duration KEPT_FOR = Duration.ofHours(24);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MasterKey masterKey;

    IdempotencyFilter(JdbcClient jdbc, Clock clock, MasterKey masterKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.masterKey = masterKey;
    }

    record Kept(String requestHash, Integer status, String contentType, String location, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > 200 || !key.matches("[\\x21-\\x7E]+")) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "The Idempotency-Key must be 1 to 200 visible ASCII characters, such as a UUID.", request.getRequestURI());
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = fingerprint(request.getRequestURI(), body);
        forgetExpired(user.getName(), key);
        Optional<Kept> kept = find(user.getName(), key);
        if (kept.isPresent()) {
            replay(kept.get(), hash, request.getRequestURI(), response);
            return;
        }
        try {
            jdbc.sql("""
                    insert into idempotent_request (username, idempotency_key, request_hash, created_at)
                    values (:username, :key, :hash, :createdAt)""")
                    .param("username", user.getName()).param("key", key).param("hash", hash)
                    .param("createdAt", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException concurrentFirstAttempt) {
            ProblemResponses.write(response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.", request.getRequestURI());
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayableRequest(request, body), captured);
        } finally {
            try {
                keep(user.getName(), key, captured);
            } catch (RuntimeException notKept) {
                logger.warn("Could not keep the response for an Idempotency-Key; a retry will be processed again", notKept);
            }
            captured.copyBodyToResponse();
        }
    }

    /** Responses older than a day, and requests that never finished (the node died), no longer hold their key. */
    private void forgetExpired(String username, String key) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                delete from idempotent_request
                where created_at < :expired or (status is null and created_at < :abandoned and username = :username
                      and idempotency_key = :key)""")
                .param("expired", Timestamp.from(now.toInstant().minus(KEPT_FOR)))
                .param("abandoned", Timestamp.from(now.toInstant().minus(ABANDONED_AFTER)))
                .param("username", username).param("key", key)
                .update();
    }

    private void keep(String username, String key, ContentCachingResponseWrapper response) {
        // A server error or a concurrent-change 409 invites a retry: it must run again, not replay the failure.
        if (response.getStatus() >= 500 || response.getStatus() == HttpStatus.CONFLICT.value()) {
            jdbc.sql("delete from idempotent_request where username = :username and idempotency_key = :key")
                    .param("username", username).param("key", key).update();
            return;
        }
        jdbc.sql("""
                update idempotent_request set status = :status, content_type = :contentType, location = :location,
                       body = :body
                where username = :username and idempotency_key = :key""")
                .param("status", response.getStatus()).param("contentType", response.getContentType())
                .param("location", response.getHeader(HttpHeaders.LOCATION))
                .param("body", response.getContentAsByteArray())
                .param("username", username).param("key", key).update();
    }

    private void replay(Kept kept, String hash, String path, HttpServletResponse response) throws IOException {
        if (!kept.requestHash().equals(hash)) {
            ProblemResponses.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request.", path);
            return;
        }
        if (kept.status() == null) {
            ProblemResponses.write(response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.", path);
            return;
        }
        response.setStatus(kept.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        if (kept.body() != null) {
            response.getOutputStream().write(kept.body());
        }
    }

    private Optional<Kept> find(String username, String key) {
        return jdbc.sql("""
                select request_hash, status, content_type, location, body from idempotent_request
                where username = :username and idempotency_key = :key""")
                .param("username", username).param("key", key)
                .query((rs, row) -> new Kept(rs.getString("request_hash"), (Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")))
                .optional();
    }

    /** Keyed, so that the stored fingerprint of a body holding personal details cannot be matched to a guess. */
    private String fingerprint(String uri, byte[] body) {
        byte[] uriBytes = uri.getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[uriBytes.length + 1 + body.length];
        System.arraycopy(uriBytes, 0, request, 0, uriBytes.length);
        System.arraycopy(body, 0, request, uriBytes.length + 1, body.length);
        return HexFormat.of().formatHex(masterKey.fingerprint("idempotent-request", request));
    }

    /** The request with its body read once for the hash and offered again to the controller. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("this request body is read synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
