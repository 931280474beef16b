package org.aidflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem in the caller's language. No stack trace, SQL or
 * class name reaches a client.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** spring.servlet.multipart.max-file-size */
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p.messageKey(), p.args())))
                .toList();
        String detail = errors.isEmpty() ? text(e.messageKey(), e.args())
                : errors.stream().map(m -> m.get("field") + ": " + m.get("message")).reduce((a, b) -> a + "; " + b).orElse("");
        return problem(e.status(), detail, errors);
    }

    @ExceptionHandler({OptimisticLockingException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, text("problem.concurrentChange"), List.of());
    }

    /** The engine wraps a deadlock or lock timeout of the database; the other change won. */
    @ExceptionHandler(ProcessEnginePersistenceException.class)
    ResponseEntity<Object> persistence(ProcessEnginePersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException || cause instanceof OptimisticLockingException) {
                return concurrentChange(e);
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ResponseEntity<Object> claimed(TaskAlreadyClaimedException e) {
        return problem(HttpStatus.CONFLICT, text("task.heldByOther"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, text("problem.conflict"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return fieldProblem(e.getName(), text("field.wrongType"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return uploadTooLarge(tooLarge);
        }
        return fieldProblem("file", text("document.unreadable"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal"), List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof StrictJson.Refused refused) {
            String field = refused.getPath().isEmpty() ? "body" : path(refused);
            return fieldProblem(field, text(refused.messageKey()));
        }
        // a field the endpoint does not take is refused, not ignored: a misspelt field would otherwise be lost
        // silently, and a field a client may not set (status, id) would look accepted
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(path(unknown), text("field.notAccepted"));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return fieldProblem(path(mapping), text("field.wrongType"));
        }
        return problem(HttpStatus.BAD_REQUEST, text("problem.malformedJson"), List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, text("problem.contentType"), List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return fieldProblem(e.getParameterName(), text("field.required"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return fieldProblem(e.getRequestPartName(), text("field.required"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return uploadTooLarge(e);
    }

    /**
     * Spring reports every size limit Tomcat's multipart parser hits as "max upload size exceeded",
     * the limit on one part's headers (server.tomcat.max-part-header-size, which a very long file
     * name breaks) as well as the 20 MB limits on the file and the request. Only a limit of at least
     * the file limit is about the file's size; a smaller one is about the part's headers.
     */
    private ResponseEntity<Object> uploadTooLarge(MaxUploadSizeExceededException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException size && size.getPermittedSize() >= 0
                    && size.getPermittedSize() < MAX_FILE_BYTES) {
                return fieldProblem("file", text("document.partHeaderTooLarge"));
            }
        }
        return fieldProblem("file", text("document.tooLarge"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpStatus resolved = HttpStatus.resolve(status.value());
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail()
                : resolved != null ? resolved.getReasonPhrase() : "Error";
        return problem(resolved == null ? HttpStatus.BAD_REQUEST : resolved, detail, List.of());
    }

    private ResponseEntity<Object> fieldProblem(String field, String message) {
        return problem(HttpStatus.BAD_REQUEST, field + ": " + message, List.of(Map.of("field", field, "message", message)));
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
        ProblemDetail body = Problems.detail(status, detail, errors,
                messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String path(JsonMappingException mapping) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            parts.add(ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
