package io.sinmun.system.internal;

import io.sinmun.system.BadRequestException;
import io.sinmun.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.springframework.security.access.AccessDeniedException;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure a reader can cause becomes a short Korean page with the right status; anything
 * else is logged with its stack trace and shown as a plain 500 page, never the trace itself.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** The API answers in problem+json even for failures outside its controllers (an unknown path, say). */
    private static boolean isApi() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith("/api/");
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex, HttpServletResponse response) {
        return page(response, HttpStatus.NOT_FOUND, "페이지를 찾을 수 없습니다", ex.getMessage());
    }

    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
    ModelAndView noRoute(Exception ex, HttpServletResponse response) {
        return page(response, HttpStatus.NOT_FOUND, "페이지를 찾을 수 없습니다",
                "주소가 바뀌었거나 삭제된 페이지입니다. 주소를 다시 확인해 주세요.");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException ex, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "잘못된 요청입니다", ex.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "잘못된 요청입니다",
                "'" + ex.getName() + "' 값이 올바르지 않습니다.");
    }

    @ExceptionHandler(BindException.class)
    ModelAndView binding(BindException ex, HttpServletResponse response) {
        String field = ex.getFieldError() != null ? ex.getFieldError().getField() : "입력";
        return page(response, HttpStatus.BAD_REQUEST, "잘못된 요청입니다", "'" + field + "' 값이 올바르지 않습니다.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        return page(response, HttpStatus.PAYLOAD_TOO_LARGE, "파일이 너무 큽니다", "올릴 수 있는 크기를 넘었습니다.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "잘못된 요청입니다", "요청 본문을 읽을 수 없습니다. 형식을 확인해 주세요.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException ex, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, "잘못된 요청입니다",
                "'" + ex.getParameterName() + "' 값이 필요합니다.");
    }

    /**
     * Jetty refuses a query string it cannot decode (percent-encoding that is not UTF-8, {@code %zz})
     * when a parameter is first read, with a 400 exception of its own.
     */
    @ExceptionHandler({ HttpException.RuntimeException.class, HttpException.IllegalArgumentException.class,
            HttpException.IllegalStateException.class })
    ModelAndView undecodable(Exception ex, HttpServletResponse response) {
        if (!(ex instanceof HttpException http) || http.getCode() < 400 || http.getCode() >= 500) {
            return unexpected(ex, response);
        }
        return page(response, HttpStatus.BAD_REQUEST, "잘못된 요청입니다",
                "주소에 해석할 수 없는 문자가 있습니다. 주소를 다시 확인해 주세요.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpRequestMethodNotSupportedException ex, HttpServletResponse response) {
        return page(response, HttpStatus.METHOD_NOT_ALLOWED, "허용되지 않는 요청입니다",
                "이 주소는 " + ex.getMethod() + " 요청을 받지 않습니다.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpServletResponse response) {
        return page(response, HttpStatus.NOT_ACCEPTABLE, "제공할 수 없는 형식입니다", "요청한 형식으로는 이 페이지를 보여드릴 수 없습니다.");
    }

    /** A role check on a newsroom method failed (the filter chain's own refusals go through AccessDeniedPage). */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletResponse response) {
        return page(response, HttpStatus.FORBIDDEN, "권한이 없습니다", "이 작업을 할 권한이 없습니다.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletResponse response) {
        log.error("Unexpected error while serving a request", ex);
        return page(response, HttpStatus.INTERNAL_SERVER_ERROR, "일시적인 오류가 발생했습니다",
                "잠시 후 다시 시도해 주세요. 문제가 계속되면 운영자에게 알려 주세요.");
    }

    private static ModelAndView page(HttpServletResponse response, HttpStatus status, String title, String message) {
        response.setStatus(status.value());
        if (isApi()) {
            return new ModelAndView(new ProblemJsonView(status, title, message));
        }
        ModelAndView mav = new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("errorTitle", title);
        mav.addObject("errorMessage", message);
        return mav;
    }
}
