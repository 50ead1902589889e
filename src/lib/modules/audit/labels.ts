import { composeLabels } from './domain/labels.ts';
import { auditLabels as accounts } from '../accounts/index.ts';
import { auditLabels as agreements } from '../agreements/index.ts';
import { auditLabels as actions } from '../actions/index.ts';
import { auditLabels as barriers } from '../barriers/index.ts';
import { auditLabels as reflections } from '../reflections/index.ts';
import { auditLabels as benefit } from '../benefit/index.ts';
import { auditLabels as campaigns } from '../campaigns/index.ts';
import { auditLabels as counties } from '../counties/index.ts';
import { auditLabels as decisions } from '../decisions/index.ts';
import { auditLabels as followup } from '../followup/index.ts';
import { auditLabels as goodExamples } from '../good-examples/index.ts';
import { auditLabels as groups } from '../groups/index.ts';
import { auditLabels as initiatives } from '../initiatives/index.ts';
import { auditLabels as livedExperience } from '../lived-experience/index.ts';
import { auditLabels as meetings } from '../meetings/index.ts';
import { auditLabels as milestones } from '../milestones/index.ts';
import { auditLabels as processes } from '../processes/index.ts';
import { auditLabels as roadmap } from '../roadmap/index.ts';
import { auditLabels as selfAssessment } from '../self-assessment/index.ts';
import { auditLabels as stories } from '../stories/index.ts';
import { auditLabels as support } from '../support/index.ts';
import { auditLabels as timeline } from '../timeline/index.ts';
import { auditLabels as vision } from '../vision/index.ts';
import { auditLabels as yearlyReport } from '../yearly-report/index.ts';

/**
 * The words of the audit log: the shared ones (domain/labels.ts) and every
 * module's own. Where two modules place fields after the same shared field,
 * this order decides which come first (the timeline's before the decisions',
 * the accounts' before the inventory's).
 */
export const LABELS = composeLabels([
	accounts,
	counties,
	vision,
	roadmap,
	groups,
	timeline,
	decisions,
	processes,
	followup,
	benefit,
	initiatives,
	selfAssessment,
	stories,
	campaigns,
	livedExperience,
	goodExamples,
	agreements,
	support,
	meetings,
	barriers,
	actions,
	milestones,
	reflections,
	yearlyReport
]);
