package vn.kdcl.demo;

import java.util.List;

import vn.kdcl.template.SchoolSubmissionData;

/**
 * Generated content of one school workbook plus what the generator knows about it.
 *
 * @param tasks  the plan rows with their structured period and amount (used by the re-typed layouts)
 * @param level  the school level the marks give
 * @param budget sum of the plan's budgets in đồng
 */
record DemoSubmission(DemoSchool school, SchoolSubmissionData data, List<DemoTask> tasks, int level, long budget) {

    /**
     * One plan row.
     *
     * @param standard     standard number, 0 for a Mức 4 criterion
     * @param level4Number Mức 4 criterion number, 0 otherwise
     * @param targetLevel  Mức cần đạt
     * @param periodText   start and end as one free-text cell ("Từ 9/2024 đến 5/2025")
     * @param amount       budget in đồng
     */
    record DemoTask(SchoolSubmissionData.PlanTask row, int standard, int level4Number, int targetLevel,
                    String periodText, long amount) {
    }
}
