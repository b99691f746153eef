package io.sinmun.newsroom.internal;

import java.util.List;

import io.sinmun.article.Article;
import io.sinmun.article.ArticleRejectedException;
import io.sinmun.article.ArticleRevision;
import io.sinmun.article.Articles;
import io.sinmun.newsroom.Desk;
import io.sinmun.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An article's history: every saved version, what changed from the one before, and restoring one. */
@Controller
class RevisionController {

    private final Articles articles;
    private final Desk desk;

    RevisionController(Articles articles, Desk desk) {
        this.articles = articles;
        this.desk = desk;
    }

    @GetMapping("/admin/articles/{id}/revisions")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("article", load(id));
        model.addAttribute("revisions", articles.revisions(id));
        return "newsroom/revisions";
    }

    @GetMapping("/admin/articles/{id}/revisions/{no}")
    String show(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, @PathVariable int no,
            Model model) {
        Article article = load(id);
        ArticleRevision revision = articles.revision(id, no)
                .orElseThrow(() -> new NotFoundException("없는 판입니다: " + no));
        List<String> before = articles.revision(id, no - 1).map(RevisionDiff::lines).orElse(List.of());
        model.addAttribute("article", article);
        model.addAttribute("revision", revision);
        model.addAttribute("diff", RevisionDiff.between(before, RevisionDiff.lines(revision)));
        model.addAttribute("canRestore", desk.canEdit(user.staff(), article));
        return "newsroom/revision";
    }

    @PostMapping("/admin/articles/{id}/revisions/{no}/restore")
    String restore(@AuthenticationPrincipal NewsroomUser user, @PathVariable long id, @PathVariable int no,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            desk.restore(user.staff(), id, no, version);
            redirect.addFlashAttribute("message", no + "판 내용으로 되돌렸습니다. 새 판으로 저장되었습니다.");
        }
        catch (ArticleRejectedException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/articles/" + id;
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("기사를 찾을 수 없습니다: " + id));
    }
}
