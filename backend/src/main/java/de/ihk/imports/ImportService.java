package de.ihk.imports;

import de.ihk.area.Area;
import de.ihk.area.AreaAccess;
import de.ihk.common.ApiException;
import de.ihk.common.FieldError;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports measures, needs, action steps or indicator values of an area from a spreadsheet in the layout of the export. A dry run says
 * what each row would do and every problem found; without it, all rows are written in one transaction through the
 * services' write path (history, change feed, answer cache), or, when any row has a problem, none.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    AreaAccess access;

    @Inject
    ImportContext context;

    @Inject
    MeasureRows measureRows;

    @Inject
    NeedRows needRows;

    @Inject
    StepRows stepRows;

    @Inject
    IndicatorValueRows indicatorValueRows;

    /**
     * One transaction for the whole file, with more time than a request usually gets: the limits allow 20,000 rows.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600, timeoutFromConfigProperty = "ihk.imports.transaction-timeout")
    public ImportPreview run(String slug, String typeParam, Path file, boolean dryRun) {
        ImportType type = ImportType.fromParam(typeParam);
        Area area = access.forEdit(slug);
        List<SheetRow> rows = SheetReader.read(file);
        if (rows.isEmpty()) {
            throw ApiException.badRequest("The file is empty.");
        }
        Columns columns = Columns.of(type.layout(), rows.get(0), type.required(), type.what());
        List<SheetRow> data = rows.subList(1, rows.size());
        if (data.isEmpty()) {
            throw ApiException.badRequest("The file has a header row but no rows of " + type.what() + " below it.");
        }
        List<ImportPreview.Problem> problems = new ArrayList<>();
        List<Planned> plan = switch (type) {
            case MEASURES -> measureRows.plan(area, columns, data, problems);
            case NEEDS -> needRows.plan(area, columns, data, problems);
            case STEPS -> stepRows.plan(area, columns, data, problems);
            case INDICATOR_VALUES -> indicatorValueRows.plan(area, columns, data, problems);
        };
        if (!dryRun && !problems.isEmpty()) {
            throw ApiException.invalid(fieldErrors(problems, columns));
        }
        if (!dryRun) {
            context.startWriting();
            for (Planned planned : plan) {
                if (planned.action != ImportPreview.Action.UNCHANGED) {
                    planned.id = planned.write.get();
                }
            }
        }
        List<ImportPreview.Row> shown = plan.stream().map(Planned::toRow).toList();
        return new ImportPreview(
                type,
                dryRun,
                !dryRun,
                new ImportPreview.Counts(
                        count(plan, ImportPreview.Action.CREATE),
                        count(plan, ImportPreview.Action.UPDATE),
                        count(plan, ImportPreview.Action.UNCHANGED),
                        problems.size()),
                columns.known(),
                shown,
                problems);
    }

    private static int count(List<Planned> plan, ImportPreview.Action action) {
        return (int) plan.stream().filter(p -> p.action == action).count();
    }

    /** The problems as the API's invalid fields: "row 4, Fortschritt" (the header as the file spells it). */
    static List<FieldError> fieldErrors(List<ImportPreview.Problem> problems, Columns columns) {
        Map<String, String> headers = columns.headers();
        return problems.stream()
                .map(p -> new FieldError(
                        "row " + p.row()
                                + (p.column() == null ? "" : ", " + headers.getOrDefault(p.column(), p.column())),
                        p.message()))
                .toList();
    }
}
