package org.homeward.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyFilter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
            problem(response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "The Idempotency-Key must be 1 to 200 visible ASCII characters, such as a UUID.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request.getRequestURI(), body);
        Optional<Kept> kept = find(user.getName(), key);
        if (kept.isPresent()) {
            replay(kept.get(), hash, response);
            return;
        }
        try {
            jdbc.sql("""
                    insert into idempotent_request (username, idempotency_key, request_hash, created_at)
                    values (:username, :key, :hash, :createdAt)""")
                    .param("username", user.getName()).param("key", key).param("hash", hash)
                    .param("createdAt", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException concurrentFirstAttempt) {
            problem(response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayableRequest(request, body), captured);
        } finally {
            keep(user.getName(), key, captured);
            captured.copyBodyToResponse();
        }
    }

    private void keep(String username, String key, ContentCachingResponseWrapper response) {
        if (response.getStatus() >= 500) {
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

    private void replay(Kept kept, String hash, HttpServletResponse response) throws IOException {
        if (!kept.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request.");
            return;
        }
        if (kept.status() == null) {
            problem(response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.");
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

    private static String hash(String uri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(uri.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
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
