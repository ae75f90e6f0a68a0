package vn.blocstats.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

/**
 * Each run gets its own stage step (its reader, processor and writer hold one file's state), while the
 * stateless tasklets are shared; the job keeps the name and steps the import history knows.
 */
class ImportFileJobTests {

	private final ImportFileJob job = new ImportFileJob(new ResourcelessJobRepository(), new ResourcelessTransactionManager(), () -> {
		throw new AssertionError("no warehouse is opened to build a job");
	});

	@Test
	void every_run_has_its_own_stage_step_and_shares_the_stateless_ones() {
		Job first = job.forOneRun();
		Job second = job.forOneRun();

		assertThat(first.getName()).isEqualTo("importFile");
		StepLocator a = (StepLocator) first;
		StepLocator b = (StepLocator) second;
		assertThat(a.getStep("stage")).isNotSameAs(b.getStep("stage"));
		assertThat(a.getStep("check")).isSameAs(b.getStep("check"));
		assertThat(a.getStep("publish")).isSameAs(b.getStep("publish"));
	}
}
