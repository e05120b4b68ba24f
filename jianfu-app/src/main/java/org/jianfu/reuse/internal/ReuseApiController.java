package org.jianfu.reuse.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reuse")
class ReuseApiController {

    private final IndexHolder index;
    private final CheckedDocuments access;
    private final CheckResults results;
    private final VisibleSources visible;

    ReuseApiController(IndexHolder index, CheckedDocuments access, CheckResults results, VisibleSources visible) {
        this.visible = visible;
        this.index = index;
        this.access = access;
        this.results = results;
    }

    /** A text to check while drafting (up to 200,000 characters). */
    record CheckRequest(@NotBlank(message = "正文不能为空") @Size(max = 200_000, message = "正文不能超过 20 万字") String text) {
    }

    /** A stored result as the caller may see it (sources the caller may not read keep only their level). */
    record StoredResult(long documentId, int year, String moment, int length, double copyRatio, String topSource,
                        String topSourceTitle, double topShare, String topRelation, String verdict, String summary,
                        List<VisibleSources.VisiblePassage> passages) {
    }

    /**
     * Checks a text against the laws and all issued documents, without storing anything. Sources the
     * caller may not read come back without id, offsets or title (no oracle for unreadable documents).
     */
    @PostMapping("/check")
    @PreAuthorize("isAuthenticated()")
    VisibleSources.VisibleReport check(@Valid @RequestBody CheckRequest request, Actor actor) {
        return visible.report(actor, index.check(request.text(), key -> true));
    }

    /** The latest stored result of a document (drafting, issuing or audit). */
    @GetMapping("/documents/{documentId}")
    @PreAuthorize("isAuthenticated()")
    StoredResult result(@PathVariable long documentId, Actor actor) {
        access.readable(actor, documentId);
        CheckResults.Stored r = results.find(documentId).orElseThrow(() -> new NotFoundException("该公文尚未查重: " + documentId));
        boolean topVisible = visible.mayRead(actor, r.topSource());
        return new StoredResult(r.documentId(), r.year(), r.moment(), r.length(), r.copyRatio(),
                topVisible ? r.topSource() : null, topVisible ? r.topSourceTitle() : visible.hiddenLabel(r.topSource()),
                r.topShare(), r.topRelation(), r.verdict(), r.summary(), visible.passages(actor, r.passages()));
    }
}
