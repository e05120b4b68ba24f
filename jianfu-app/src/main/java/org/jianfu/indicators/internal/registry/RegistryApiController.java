package org.jianfu.indicators.internal.registry;

import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The 指标库 as JSON: reference data, readable by every signed-in user. */
@RestController
@RequestMapping("/api/v1/indicators")
@PreAuthorize("isAuthenticated()")
class RegistryApiController {

    private final Registry registry;
    private final RegistryEditing editing;

    RegistryApiController(Registry registry, RegistryEditing editing) {
        this.registry = registry;
        this.editing = editing;
    }

    @GetMapping
    List<RegistryEntry> search(@RequestParam(required = false) String q) {
        return registry.search(q);
    }

    @GetMapping("/{indicatorCode}")
    RegistryEntry one(@PathVariable String indicatorCode) {
        return registry.byCode(indicatorCode).orElseThrow(() -> new NotFoundException("指标不存在: " + indicatorCode));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
    RegistryEntry add(@RequestBody IndicatorForm form, Actor actor) {
        return editing.add(actor, form);
    }
}
