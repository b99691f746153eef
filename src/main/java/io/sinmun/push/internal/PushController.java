package io.sinmun.push.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import io.sinmun.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "푸시", description = "웹 푸시 구독")
/** The browser's side of Web Push: the server key to subscribe with, and subscribing and unsubscribing. */
@RestController
class PushController {

    private final PushKeys keys;
    private final PushSubscriptions subscriptions;

    PushController(PushKeys keys, PushSubscriptions subscriptions) {
        this.keys = keys;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/v1/push/vapid-public-key")
    @Operation(summary = "웹 푸시 서버 공개키 (VAPID)", description = "PushManager.subscribe의 applicationServerKey로 씁니다.")
    Map<String, String> publicKey() {
        return Map.of("publicKey", keys.publicKeyBase64());
    }

    @PostMapping("/api/v1/push/subscriptions")
    @Operation(summary = "웹 푸시 구독", description = "브라우저의 PushSubscription JSON(endpoint, keys.p256dh, keys.auth)과 "
            + "받을 소식(topics: all, breaking, sections). 같은 endpoint면 고칩니다.")
    ResponseEntity<Map<String, Object>> subscribe(@RequestBody SubscriptionRequest request,
            HttpServletRequest http) {
        boolean created = subscriptions.subscribe(request, client(http));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("subscribed", true));
    }

    @DeleteMapping("/api/v1/push/subscriptions")
    @Operation(summary = "웹 푸시 구독 취소")
    ResponseEntity<Void> unsubscribe(@RequestParam String endpoint) {
        if (!subscriptions.unsubscribe(endpoint)) {
            throw new NotFoundException("그런 구독이 없습니다.");
        }
        return ResponseEntity.noContent().build();
    }

    /** Subscriptions are capped per client; the address is kept only as a hash. */
    private static String client(HttpServletRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getRemoteAddr().getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
