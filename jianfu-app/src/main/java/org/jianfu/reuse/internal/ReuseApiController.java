package org.jianfu.reuse.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.jianfu.reuse.engine.ReuseReport;
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

    ReuseApiController(IndexHolder index, CheckedDocuments access, CheckResults results) {
        this.index = index;
        this.access = access;
        this.results = results;
    }

    /** A text to check while drafting (up to 200,000 characters). */
    record CheckRequest(@NotBlank(message = "正文不能为空") @Size(max = 200_000, message = "正文不能超过 20 万字") String text) {
    }

    /** Checks a text against the laws and all issued documents, without storing anything. */
    @PostMapping("/check")
    @PreAuthorize("isAuthenticated()")
    ReuseReport check(@Valid @RequestBody CheckRequest request) {
        return index.check(request.text(), key -> true);
    }

    /** The latest stored result of a document (drafting, issuing or audit). */
    @GetMapping("/documents/{documentId}")
    @PreAuthorize("isAuthenticated()")
    CheckResults.Stored result(@PathVariable long documentId, Actor actor) {
        access.readable(actor, documentId);
        return results.find(documentId).orElseThrow(() -> new NotFoundException("该公文尚未查重: " + documentId));
    }
}
