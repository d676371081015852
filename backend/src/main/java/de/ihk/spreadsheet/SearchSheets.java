package de.ihk.spreadsheet;

import de.ihk.common.PageRequest;
import de.ihk.search.SearchParams;
import de.ihk.search.SearchResult;
import de.ihk.search.SearchResultType;
import de.ihk.search.SearchService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Search results as CSV or XLSX. */
@Path(SheetFormatFilter.SHEETS + "/search")
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class SearchSheets {

    @Inject
    SearchService service;

    @Inject
    SheetExports exports;

    @GET
    public Response export(
            @BeanParam SearchParams params, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String text = params.text();
        PageRequest order = params.page();
        List<SearchResultType> types = params.types();
        return exports.export(
                headers,
                lang,
                null,
                SheetLayouts.SEARCH_RESULTS,
                service.all(text, params.area(), types),
                order,
                SearchSheets::values);
    }

    static Object[] values(SearchResult r, SheetLanguage language) {
        return new Object[] {
            SheetLabels.SEARCH_RESULT_TYPE.label(r.type(), language),
            r.title(),
            plain(r.snippet()),
            Cells.of(r.area(), SearchResult.AreaRef::name),
            Cells.of(r.area(), SearchResult.AreaRef::slug),
            r.href(),
            r.rank(),
            r.id().toString()
        };
    }

    /** The snippet without its highlighting (it is HTML: marked hits, escaped text). */
    static String plain(String snippet) {
        if (snippet == null) {
            return null;
        }
        return snippet.replace("<mark>", "")
                .replace("</mark>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
