package io.sinmun.newsroom.internal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleFilter;
import io.sinmun.article.ArticleRejectedException;
import io.sinmun.article.ArticleStatus;
import io.sinmun.article.Articles;
import io.sinmun.article.Reporters;
import io.sinmun.article.SaveResult;
import io.sinmun.demo.DemoArticles;
import io.sinmun.media.ImageRejectedException;
import io.sinmun.media.MediaImages;
import io.sinmun.newsroom.Desk;
import io.sinmun.newsroom.Staff;
import io.sinmun.section.Sections;
import io.sinmun.system.BadRequestException;
import io.sinmun.system.NotFoundException;
import io.sinmun.system.SeoulTime;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's article list and editor. Every change goes through {@link Desk}, which checks roles. */
@Controller
class ArticleAdminController {

    static final int PAGE_SIZE = 30;

    private final Desk desk;
    private final Articles articles;
    private final Sections sections;
    private final Reporters reporters;
    private final MediaImages images;
    private final SeoulTime time;
    private final DemoArticles demo;

    ArticleAdminController(Desk desk, Articles articles, Sections sections, Reporters reporters, MediaImages images,
            SeoulTime time, DemoArticles demo) {
        this.demo = demo;
        this.desk = desk;
        this.articles = articles;
        this.sections = sections;
        this.reporters = reporters;
        this.images = images;
        this.time = time;
    }

    @GetMapping({ "/admin", "/admin/" })
    String home() {
        return "redirect:/admin/articles";
    }

    @GetMapping("/admin/articles")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long section,
            @RequestParam(required = false) Long reporter, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, Model model) {
        ArticleStatus statusFilter = parseStatus(status);
        String title = q == null || q.isBlank() ? null : q.strip();
        if (title != null && title.length() > 100) {
            throw new BadRequestException("검색어는 100자까지 쓸 수 있습니다.");
        }
        ArticleFilter filter = new ArticleFilter(statusFilter, section, reporter, title);
        long total = articles.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("rows", articles.search(filter, current, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("filter", filter);
        model.addAttribute("q", title);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("sections", sections.all());
        model.addAttribute("reporters", reporters.all());
        model.addAttribute("demo", demo.ids());
        return "newsroom/articles";
    }

    @GetMapping("/admin/articles/new")
    String newArticle(@AuthenticationPrincipal NewsroomUser user, Model model) {
        return form(model, user.staff(), null, ArticleForm.empty(user.staff().reporterId()));
    }

    @PostMapping("/admin/articles")
    String create(@AuthenticationPrincipal NewsroomUser user, @ModelAttribute ArticleForm form,
            @RequestParam(required = false) MultipartFile leadImageFile, Model model, RedirectAttributes redirect) {
        try {
            SaveResult result = desk.create(user.staff(), form.toDraft(upload(leadImageFile)));
            flash(redirect, "기사를 초안으로 저장했습니다.", result.removed());
            return "redirect:/admin/articles/" + result.article().id();
        }
        catch (ArticleRejectedException | ImageRejectedException ex) {
            model.addAttribute("error", ex.getMessage());
            return form(model, user.staff(), null, form);
        }
    }

    @GetMapping("/admin/articles/{id}")
    String edit(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, Model model) {
        Article article = load(id);
        return form(model, user.staff(), article, ArticleForm.of(article));
    }

    @PostMapping("/admin/articles/{id}")
    String save(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, @ModelAttribute ArticleForm form,
            @RequestParam(required = false) MultipartFile leadImageFile, Model model, RedirectAttributes redirect) {
        try {
            SaveResult result = desk.save(user.staff(), id, form.toDraft(upload(leadImageFile)), form.versionOrZero());
            flash(redirect, result.article().isPublished() ? "저장했습니다. 독자에게 바로 반영됩니다." : "저장했습니다.",
                    result.removed());
            return "redirect:/admin/articles/" + id;
        }
        catch (ArticleRejectedException | ImageRejectedException ex) {
            model.addAttribute("error", ex.getMessage());
            return form(model, user.staff(), load(id), form);
        }
    }

    @PostMapping("/admin/articles/{id}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id,
            @ModelAttribute ArticleForm form) {
        try {
            SaveResult result = desk.autosave(user.staff(), id, form.toDraft(null), form.versionOrZero());
            return ResponseEntity.ok(Map.of("savedAt", time.iso(result.article().updatedAt()),
                    "version", result.article().version(), "removed", result.removed()));
        }
        catch (ArticleRejectedException ex) {
            return ResponseEntity.status(ex.isConflict() ? 409 : 422).body(Map.of("detail", ex.getMessage()));
        }
    }

    @PostMapping("/admin/articles/{id}/submit")
    String submit(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.submit(user.staff(), id), "데스크로 송고했습니다.");
    }

    @PostMapping("/admin/articles/{id}/return")
    String returnToDraft(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.returnToDraft(user.staff(), id), "기자에게 되돌렸습니다.");
    }

    @PostMapping("/admin/articles/{id}/publish")
    String publish(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean push, @RequestParam(defaultValue = "false") boolean breaking,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.publish(user.staff(), id, push, breaking), "발행했습니다.");
    }

    @PostMapping("/admin/articles/{id}/schedule")
    String schedule(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, @RequestParam String at,
            @RequestParam(defaultValue = "false") boolean push, @RequestParam(defaultValue = "false") boolean breaking,
            RedirectAttributes redirect) {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(at);
        }
        catch (DateTimeParseException ex) {
            redirect.addFlashAttribute("error", "예약 시각을 올바르게 입력해 주세요.");
            return "redirect:/admin/articles/" + id;
        }
        return act(id, redirect,
                () -> desk.schedule(user.staff(), id, when.atZone(SeoulTime.ZONE).toInstant(), push, breaking),
                time.dateTime(when.atZone(SeoulTime.ZONE).toInstant()) + "에 발행하도록 예약했습니다.");
    }

    @PostMapping("/admin/articles/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.withdraw(user.staff(), id), "기사를 내렸습니다. 독자에게 더 이상 보이지 않습니다.");
    }

    @PostMapping("/admin/articles/{id}/corrections")
    String correct(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, @RequestParam String note,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.correct(user.staff(), id, note), "정정을 달았습니다.");
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        }
        catch (ArticleRejectedException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/articles/" + id;
    }

    private String form(Model model, Staff staff, Article article, ArticleForm form) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("sections", sections.all());
        model.addAttribute("reporters", reporters.all());
        model.addAttribute("desk", desk.canPublish(staff));
        model.addAttribute("editable", article == null || desk.canEdit(staff, article));
        model.addAttribute("leadImage", form.leadImageId() == null ? null : images.findById(form.leadImageId()).orElse(null));
        model.addAttribute("corrections", article == null ? List.of() : articles.corrections(article.id()));
        model.addAttribute("own", article != null && staff.reporterId() != null
                && staff.reporterId().equals(article.reporterId()));
        return "newsroom/article-form";
    }

    private Long upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return images.store(file.getBytes()).id();
        }
        catch (IOException ex) {
            throw new ImageRejectedException("사진을 읽지 못했습니다. 다시 올려 주세요.");
        }
    }

    private static void flash(RedirectAttributes redirect, String message, List<String> removed) {
        redirect.addFlashAttribute("message", message);
        if (!removed.isEmpty()) {
            redirect.addFlashAttribute("removed", removed);
        }
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다: " + id));
    }

    private static ArticleStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status);
        }
        catch (IllegalArgumentException ex) {
            throw new BadRequestException("없는 상태입니다: " + status);
        }
    }
}
