package org.jianfu.documents.internal.search;

import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 公文检索 over JSON; bad input answers 400 with a Chinese problem (RFC 9457). */
@RestController
@PreAuthorize("isAuthenticated()")
class SearchApiController {

    private final DocumentSearch search;

    SearchApiController(DocumentSearch search) {
        this.search = search;
    }

    /**
     * Documents the caller may read matching every given filter, best first (newest first without q).
     * {@code box}: sent (issued or co-issued by the caller's unit) or received (addressed to it).
     */
    @GetMapping("/api/v1/documents/search")
    DocumentSearch.Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String kind, @RequestParam(required = false) String state,
                                  @RequestParam(required = false) String box, @RequestParam(required = false) Integer page,
                                  Actor actor) {
        return search.search(actor, SearchRequest.parse(q, issuer, from, to, kind, state, box, page));
    }
}
