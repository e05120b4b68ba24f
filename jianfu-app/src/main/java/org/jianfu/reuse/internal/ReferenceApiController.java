package org.jianfu.reuse.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jianfu.platform.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The 参照文件库 over REST: list and search, read, add (typed or a file) and withdraw. */
@RestController
@RequestMapping("/api/v1/reuse/references")
class ReferenceApiController {

    private final ReferenceLibrary library;
    private final CorpusSync sync;

    ReferenceApiController(ReferenceLibrary library, CorpusSync sync) {
        this.library = library;
        this.sync = sync;
    }

    /** A document as the API shows it; {@code text} only when one document is asked for. */
    record ReferenceView(long id, String title, String documentNumber, String issuingOrgan, ReferenceLevel level,
                         String levelLabel, LocalDate issuedOn, String source, String sourceLabel, long ownerUnitId,
                         String ownerUnitName, boolean addressedToArea, boolean inCorpus, int length, Instant withdrawnAt,
                         String withdrawnReason, String text) {
    }

    /** A typed document. {@code level} may be left out: it is then read from the issuing organ's name. */
    record NewReference(String title, String documentNumber, String issuingOrgan, ReferenceLevel level, LocalDate issuedOn,
                        String text, boolean shareWithArea) {
    }

    record Withdrawal(String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER', 'CADRE')")
    List<ReferenceView> list(@RequestParam(required = false) String q, @RequestParam(required = false) ReferenceLevel level,
                             @RequestParam(defaultValue = "false") boolean withdrawn, Actor actor) {
        return library.list(actor, q, level, withdrawn).stream().map(d -> view(d, false)).toList();
    }

    @GetMapping("/{referenceId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK', 'LEADER', 'CADRE')")
    ReferenceView one(@PathVariable long referenceId, Actor actor) {
        return view(library.readable(actor, referenceId), true);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK')")
    ReferenceView add(@RequestBody NewReference request, Actor actor) {
        long id = library.add(actor, new ReferenceLibrary.Entry(request.title(), request.documentNumber(),
                request.issuingOrgan(), request.level(), request.issuedOn(), request.text(), request.shareWithArea()), null, null);
        return view(library.readable(actor, id), false);
    }

    /** A document whose text is read from a .docx, .pdf (with a text layer), .txt or .md file. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK')")
    ReferenceView upload(@RequestParam(required = false) String title, @RequestParam(required = false) String documentNumber,
                         @RequestParam(required = false) String issuingOrgan,
                         @RequestParam(required = false) ReferenceLevel level,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                         @RequestParam(defaultValue = "false") boolean shareWithArea,
                         @RequestParam(name = "file", required = false) MultipartFile file, Actor actor) throws IOException {
        long id = library.add(actor, new ReferenceLibrary.Entry(title, documentNumber, issuingOrgan, level, issuedOn, null,
                shareWithArea), file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        return view(library.readable(actor, id), false);
    }

    @PostMapping("/{referenceId}/withdraw")
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR', 'CLERK')")
    ReferenceView withdraw(@PathVariable long referenceId, @RequestBody Withdrawal request, Actor actor) {
        library.withdraw(actor, referenceId, request.reason());
        return view(library.readable(actor, referenceId), false);
    }

    private ReferenceView view(ReferenceDocument d, boolean withText) {
        return new ReferenceView(d.id(), d.title(), d.documentNumber(), d.issuingOrgan(), d.level(), d.level().label(),
                d.issuedOn(), d.source(), d.sourceLabel(), d.ownerUnitId(), d.ownerUnitName(), d.addressedPath() != null,
                sync.isReferenceIndexed(d.id()), d.length(), d.withdrawnAt(), d.withdrawnReason(), withText ? d.body() : null);
    }
}
