package org.homeward.api;

import java.io.IOException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL out of reach for a moment (restarted, failed over, network cut): the API answers 503 with
 * {@code Retry-After}, a problem detail that says to retry with the same {@code Idempotency-Key}, never a bare 500.
 * The filter catches it where no controller advice can: in the sign-in that precedes every API request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StoreUnavailable extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Whether the failure is the database being unreachable, rather than a fault of the request or of the code. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The event store cannot be reached just now. What you sent may or may not have been recorded: send it "
                        + "again with the same Idempotency-Key, which records it once at most.");
        problem.setTitle("Temporarily unavailable");
        return problem;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            ProblemDetail problem = problem();
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        }
    }
}
