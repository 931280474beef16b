package org.aidflow.plans;

/** The categories of the Ministry of Finance's indicator system, each in one of the score's weighted parts. */
enum IndicatorCategory {
    OUTPUT_QUANTITY(Part.OUTPUT), OUTPUT_QUALITY(Part.OUTPUT), OUTPUT_TIMELINESS(Part.OUTPUT), OUTPUT_COST(Part.OUTPUT),
    BENEFIT_SOCIAL(Part.BENEFIT), BENEFIT_SUSTAINED(Part.BENEFIT), SATISFACTION(Part.SATISFACTION);

    /** The parts of the performance score and their standard weights (budget execution is the fourth, from money). */
    enum Part {
        OUTPUT(50), BENEFIT(30), SATISFACTION(10), BUDGET_EXECUTION(10);

        final int weight;

        Part(int weight) {
            this.weight = weight;
        }
    }

    final Part part;

    IndicatorCategory(Part part) {
        this.part = part;
    }
}
