package io.sinmun.newsroom.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import io.sinmun.media.ImageRejectedException;
import io.sinmun.media.MediaImage;
import io.sinmun.media.MediaImages;
import io.sinmun.newsroom.AuditLog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The editor's image upload: JSON for the script, problem+json with a Korean detail when refused. */
@RestController
class MediaUploadController {

    private final MediaImages images;
    private final AuditLog audit;

    MediaUploadController(MediaImages images, AuditLog audit) {
        this.images = images;
        this.audit = audit;
    }

    @PostMapping("/admin/media")
    ResponseEntity<?> upload(@AuthenticationPrincipal NewsroomUser user, @RequestParam("file") MultipartFile file)
            throws IOException {
        MediaImage image = images.store(file.getBytes());
        audit.record(user.getUsername(), "사진 올림", image.url(), image.width() + "×" + image.height());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", image.id(), "url", image.url(),
                "width", image.width(), "height", image.height()));
    }

    @ExceptionHandler(ImageRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImageRejectedException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "파일이 너무 큽니다.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("사진을 올릴 수 없습니다");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).body(problem);
    }
}
