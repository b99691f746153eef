package io.sinmun.system.internal;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Korean title and message for errors that reach Boot's error controller (403 from security, 404, 405, ...). */
@Component
class KoreanErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        Object denied = request.getAttribute("sinmun.denied", RequestAttributes.SCOPE_REQUEST);
        String[] text = switch (status) {
            case 400 -> new String[] { "잘못된 요청입니다", "요청을 해석할 수 없습니다. 주소나 입력값을 확인해 주세요." };
            case 401, 403 -> new String[] { "권한이 없습니다", denied != null ? denied.toString() : "이 작업을 할 권한이 없습니다." };
            case 404 -> new String[] { "페이지를 찾을 수 없습니다", "주소가 바뀌었거나 삭제된 페이지입니다. 주소를 다시 확인해 주세요." };
            case 405 -> new String[] { "허용되지 않는 요청입니다", "이 주소는 이 방식의 요청을 받지 않습니다." };
            case 413 -> new String[] { "보낸 내용이 너무 큽니다", "파일이나 입력 내용의 크기를 줄여 다시 시도해 주세요." };
            default -> new String[] { "요청을 처리할 수 없습니다", "잠시 후 다시 시도해 주세요." };
        };
        attributes.put("errorTitle", text[0]);
        attributes.put("errorMessage", text[1]);
        return attributes;
    }
}
