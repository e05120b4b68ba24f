package org.jianfu.inspections.internal;

import java.util.List;
import org.jianfu.platform.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 联合督查 proposals for a 减负办, and accepting one. */
@RestController
@RequestMapping("/api/v1/inspections/joint-proposals")
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class JointInspectionApiController {

    private final InspectionDesk desk;

    JointInspectionApiController(InspectionDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    List<List<Inspection>> proposals(Actor actor) {
        return desk.jointProposals(actor);
    }

    /** Accepts the proposal whose earliest inspection is {@code inspectionId}. */
    @PostMapping("/{inspectionId}/acceptance")
    List<Inspection> join(@PathVariable long inspectionId, Actor actor) {
        return desk.join(actor, inspectionId);
    }
}
