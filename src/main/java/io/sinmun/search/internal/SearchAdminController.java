package io.sinmun.search.internal;

import io.sinmun.newsroom.AuditLog;
import io.sinmun.search.ArticleSearch;
import io.sinmun.search.SearchDictionary;
import io.sinmun.system.BadRequestException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's search page (administrators only): the user dictionary, the index's state and
 * the rebuild button. A dictionary change starts a rebuild, since only a new index uses it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminController {

    private final SearchDictionary dictionary;
    private final ArticleSearch search;
    private final AuditLog audit;

    SearchAdminController(SearchDictionary dictionary, ArticleSearch search, AuditLog audit) {
        this.dictionary = dictionary;
        this.search = search;
        this.audit = audit;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("shipped", dictionary.shipped());
        model.addAttribute("added", dictionary.added());
        model.addAttribute("info", search.info());
        model.addAttribute("rebuilding", search.rebuilding().orElse(null));
        return "search/admin";
    }

    @PostMapping("/admin/search/words")
    String add(@AuthenticationPrincipal UserDetails user, @RequestParam(required = false) String entry,
            RedirectAttributes redirect) {
        try {
            var word = dictionary.add(entry, user.getUsername());
            search.reindex();
            redirect.addFlashAttribute("message", "‘" + word.word() + "’을(를) 사전에 넣었습니다. 검색 색인을 새로 만드는 중입니다.");
        }
        catch (BadRequestException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
        }
        return "redirect:/admin/search";
    }

    @PostMapping("/admin/search/words/delete")
    String remove(@AuthenticationPrincipal UserDetails user, @RequestParam(required = false) String word,
            RedirectAttributes redirect) {
        if (dictionary.remove(word, user.getUsername())) {
            search.reindex();
            redirect.addFlashAttribute("message", "사전에서 뺐습니다. 검색 색인을 새로 만드는 중입니다.");
        }
        else {
            redirect.addFlashAttribute("error", "사전에 없는 단어입니다 (기본 단어는 뺄 수 없습니다).");
        }
        return "redirect:/admin/search";
    }

    @PostMapping("/admin/search/reindex")
    String reindex(@AuthenticationPrincipal UserDetails user, RedirectAttributes redirect) {
        search.reindex();
        audit.record(user.getUsername(), "검색 색인 다시 만들기", "search", null);
        redirect.addFlashAttribute("message", "검색 색인을 새로 만드는 중입니다. 그동안에도 검색은 지금 색인으로 됩니다.");
        return "redirect:/admin/search";
    }
}
