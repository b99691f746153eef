package io.sinmun.api.internal;

import io.sinmun.article.ArticleRejectedException;
import io.sinmun.media.ImageRejectedException;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every failure of an API controller as problem+json with a Korean detail; never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return Problems.response(HttpStatus.NOT_FOUND, "찾을 수 없습니다", ex.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException ex) {
        return Problems.response(HttpStatus.BAD_REQUEST, "잘못된 요청입니다", ex.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return Problems.response(HttpStatus.BAD_REQUEST, "잘못된 요청입니다", "'" + ex.getName() + "' 값이 올바르지 않습니다.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return Problems.response(HttpStatus.BAD_REQUEST, "잘못된 요청입니다", "요청 본문의 JSON을 읽을 수 없습니다. 형식과 필드 형(type)을 확인해 주세요.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType() {
        return Problems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "지원하지 않는 형식입니다", "Content-Type을 확인해 주세요 (JSON은 application/json).");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex) {
        return Problems.response(HttpStatus.BAD_REQUEST, "잘못된 요청입니다", "'" + ex.getRequestPartName() + "' 파일이 필요합니다.");
    }

    @ExceptionHandler(ArticleRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ArticleRejectedException ex) {
        return ex.isConflict() ? Problems.response(HttpStatus.CONFLICT, "먼저 저장된 내용이 있습니다", ex.getMessage())
                : Problems.response(HttpStatus.UNPROCESSABLE_CONTENT, "처리할 수 없는 요청입니다", ex.getMessage());
    }

    @ExceptionHandler(ImageRejectedException.class)
    ResponseEntity<ProblemDetail> image(ImageRejectedException ex) {
        return Problems.response(HttpStatus.UNPROCESSABLE_CONTENT, "사진을 올릴 수 없습니다", ex.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return Problems.response(HttpStatus.PAYLOAD_TOO_LARGE, "파일이 너무 큽니다", "올릴 수 있는 크기를 넘었습니다.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied() {
        return Problems.response(HttpStatus.FORBIDDEN, "권한이 없습니다", "이 토큰의 계정은 이 작업을 할 수 없습니다.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error in the API", ex);
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "일시적인 오류", "잠시 후 다시 시도해 주세요.");
    }
}
