package dk.tvaers.offer.opendata;

import dk.tvaers.offer.catalog.api.CatalogPage;
import dk.tvaers.offer.catalog.api.FindCatalogQuery;
import dk.tvaers.offer.catalog.api.FindOfferQuery;
import dk.tvaers.offer.catalog.api.OfferView;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.NoPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalog as open data: the read side of the HSDS 3.0 API ({@code /}, {@code /services},
 * {@code /services/{id}}, {@code /organizations}), so directories that speak Open Referral can reuse it.
 * Pages count from 1, as in HSDS.
 */
@RestController
@Tag(name = "Åbne data", description = "Tilbudsviften som Open Referral HSDS 3.0, uden login")
@RequestMapping("/api/open-data/hsds")
class OpenDataController {

    private static final String CATALOG = "the offer catalog";
    /** Large enough for any municipality's catalog of providers. */
    private static final int ALL = 10_000;

    private final QueryGateway queries;

    OpenDataController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @NoPersonalData(CATALOG)
    @Operation(summary = "The HSDS version and profile of this export")
    Map<String, Object> about() {
        return Map.of("version", HsdsMapping.VERSION, "profile", HsdsMapping.PROFILE, "openapi_url",
                HsdsMapping.OPENAPI_URL);
    }

    @GetMapping("/services")
    @NoPersonalData(CATALOG)
    @Operation(summary = "Every published and retired offer as HSDS services, one page at a time")
    Map<String, Object> services(@RequestParam(defaultValue = "1") @Min(1) @Max(100000) int page,
                                 @RequestParam(name = "per_page", defaultValue = "50") @Min(1) @Max(500) int perPage) {
        CatalogPage catalog = queries.query(new FindCatalogQuery(page - 1, perPage), CatalogPage.class).join();
        return page(catalog.offers().stream().map(HsdsMapping::serviceListItem).toList(), catalog.total(), page,
                perPage);
    }

    @GetMapping("/services/{id}")
    @NoPersonalData(CATALOG)
    @Operation(summary = "One offer as a full HSDS service: schedules, costs and attributes")
    Map<String, Object> service(@PathVariable UUID id) {
        OfferView offer = queries.query(new FindOfferQuery(id), ResponseTypes.optionalInstanceOf(OfferView.class))
                .join().orElseThrow(() -> new NotFoundException("service", id));
        return HsdsMapping.service(offer);
    }

    @GetMapping("/organizations")
    @NoPersonalData(CATALOG)
    @Operation(summary = "The providers as HSDS organizations")
    Map<String, Object> organizations(@RequestParam(defaultValue = "1") @Min(1) @Max(100000) int page,
                                      @RequestParam(name = "per_page", defaultValue = "50") @Min(1) @Max(500)
                                      int perPage) {
        List<Map<String, Object>> all = queries.query(new FindCatalogQuery(0, ALL), CatalogPage.class).join()
                .offers().stream()
                .map(offer -> offer.details().provider())
                .collect(java.util.stream.Collectors.toMap(p -> p.organisation(), HsdsMapping::organization,
                        (first, second) -> first, LinkedHashMap::new))
                .values().stream().toList();
        int from = Math.min(all.size(), (page - 1) * perPage);
        return page(all.subList(from, Math.min(all.size(), from + perPage)), all.size(), page, perPage);
    }

    private static Map<String, Object> page(List<Map<String, Object>> contents, long total, int page, int perPage) {
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total_items", total);
        result.put("total_pages", pages);
        result.put("page_number", page);
        result.put("size", contents.size());
        result.put("first_page", page == 1);
        result.put("last_page", page >= pages);
        result.put("empty", contents.isEmpty());
        result.put("contents", contents);
        return result;
    }
}
