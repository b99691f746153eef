package io.sinmun.push.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's view of each push: how many subscriptions it went to and what became of them. */
@Controller
class PushReportController {

    private final PushDeliveries deliveries;
    private final PushSubscriptions subscriptions;

    PushReportController(PushDeliveries deliveries, PushSubscriptions subscriptions) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/admin/push")
    String report(Model model) {
        model.addAttribute("messages", deliveries.recent(50));
        model.addAttribute("subscriptions", subscriptions.count());
        return "push/report";
    }
}
