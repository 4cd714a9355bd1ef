package org.homeward.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.modelling.command.ConcurrencyException;
import org.homeward.casefile.CaseRuleViolation;
import org.homeward.casefile.UnknownCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into {@code application/problem+json}. Bad input is a 400 whose {@code errors} name each bad
 * field; a broken case rule is a 422 with the reason. Nothing is recorded in either case.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> byField = exception.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .collect(Collectors.toMap(FieldError::getField, error -> String.valueOf(error.getDefaultMessage()),
                        (first, second) -> first + "; " + second, java.util.LinkedHashMap::new));
        List<FieldProblem> errors = byField.entrySet().stream()
                .map(entry -> new FieldProblem(entry.getKey(), entry.getValue())).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(describe(exception.getMostSpecificCause()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(exception.getName(), "is not valid"))));
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter invalid) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(invalid.field(), invalid.getMessage()))));
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleBroken(CaseRuleViolation violation) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, violation.getMessage());
        problem.setTitle("A case rule refused this");
        problem.setProperty("errors", List.of(new FieldProblem(violation.field(), violation.getMessage())));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(org.homeward.security.UserAdministration.Refused.class)
    ResponseEntity<ProblemDetail> userRefused(org.homeward.security.UserAdministration.Refused refused) {
        return ResponseEntity.badRequest().body(invalid(refused.problems().entrySet().stream()
                .map(problem -> new FieldProblem(problem.getKey(), problem.getValue())).toList()));
    }

    @ExceptionHandler(org.homeward.security.UserAdministration.UnknownUser.class)
    ResponseEntity<ProblemDetail> unknownUser(org.homeward.security.UserAdministration.UnknownUser unknown) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                unknown.getMessage()));
    }

    @ExceptionHandler(UnknownCase.class)
    ResponseEntity<ProblemDetail> notFound(UnknownCase notFound) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setTitle("No such case");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(UnknownResource.class)
    ResponseEntity<ProblemDetail> unknownResource(UnknownResource unknown) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(org.homeward.search.rebuild.RebuildAlreadyRunning.class)
    ResponseEntity<ProblemDetail> rebuildRunning(org.homeward.search.rebuild.RebuildAlreadyRunning running) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, running.getMessage());
        problem.setTitle("Rebuild already running");
        problem.setProperty("rebuild", "/api/admin/search/rebuilds/" + running.running());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(org.homeward.snapshot.SnapshotRefused.class)
    ResponseEntity<ProblemDetail> snapshotRefused(org.homeward.snapshot.SnapshotRefused refused) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(refused.field(), refused.getMessage()))));
    }

    @ExceptionHandler({org.homeward.snapshot.SnapshotStillBuilding.class, SnapshotReads.SnapshotNotReady.class})
    ResponseEntity<ProblemDetail> snapshotBusy(RuntimeException busy) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, busy.getMessage());
        problem.setTitle("Snapshot not ready");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The case was changed by someone else at the same moment, several times over; nothing was recorded. Try again.");
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
        problem.setTitle("Not allowed");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (StoreUnavailable.causedBy(exception)) {
            log.warn("The event store cannot be reached: {}", exception.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", Integer.toString(StoreUnavailable.RETRY_AFTER_SECONDS))
                    .body(StoreUnavailable.problem());
        }
        // Logged without the request body: it may hold personal details.
        log.error("Unexpected failure answering an API request", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was recorded unless a later read shows it.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static FieldProblem describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "is not a known field");
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
            return new FieldProblem(path(format), "must be one of " + allowed);
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return new FieldProblem(path(jackson), "has the wrong type or format");
        }
        return new FieldProblem("body", "is not valid JSON");
    }

    private static String path(JacksonException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
