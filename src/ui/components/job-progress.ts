import { api, type Job } from '../api';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import { describe } from './notice';

/**
 * A pre-translation job's progress: a progress bar fed by the job's Server-Sent Events, with
 * Cancel while it runs and Resume when it paused (quota) or failed. Calls `onEnd` when it stops.
 */
export function jobProgress(jobId: number, onEnd: (job: Job) => void): HTMLElement {
  const bar = el('progress', { id: 'job-progress', max: 1, value: 0, 'aria-label': t('jobs.progress') });
  const label = el('span', { class: 'job-label', 'aria-live': 'polite' });
  const actions = el('span', { class: 'job-actions' });
  const holder = el('div', { class: 'job', 'data-job': jobId }, el('strong', {}, t('jobs.title')), bar, label, actions);
  let events: EventSource | undefined;

  const show = (job: Job) => {
    bar.max = Math.max(job.total, 1);
    bar.value = job.done;
    holder.dataset.state = job.state;
    label.textContent = `${t('jobs.count', { done: job.done, total: job.total })} · ${t(`jobs.state.${job.state}`)}${job.message ? ` · ${job.message}` : ''}`;
    const buttons: HTMLElement[] = [];
    if (job.state === 'queued' || job.state === 'running') {
      const cancel = el('button', { type: 'button', class: 'button small', id: 'job-cancel' }, t('jobs.cancel'));
      cancel.addEventListener('click', () => void api.cancelJob(jobId).then(show).catch((error: unknown) => (label.textContent = describe(error))));
      buttons.push(cancel);
    }
    if (job.state === 'paused' || job.state === 'failed') {
      const resume = el('button', { type: 'button', class: 'button small', id: 'job-resume' }, t('jobs.resume'));
      resume.addEventListener('click', () => {
        api
          .resumeJob(jobId)
          .then((resumed) => {
            show(resumed);
            listen();
          })
          .catch((error: unknown) => (label.textContent = describe(error)));
      });
      buttons.push(resume);
    }
    replaceChildren(actions, ...buttons);
    if (job.state !== 'queued' && job.state !== 'running') {
      events?.close();
      events = undefined;
      onEnd(job);
    }
  };

  const listen = () => {
    events?.close();
    const stream = new EventSource(api.jobEventsUrl(jobId));
    events = stream;
    stream.addEventListener('progress', (message) => show(JSON.parse((message as MessageEvent<string>).data) as Job));
    // The stream ends with the job; a drop before that reconnects by itself. A refused one (a
    // proxy's error while the server restarts, access withdrawn) does not: the job is asked for
    // instead, and listened to again a little later while it runs.
    stream.addEventListener('error', () => {
      if (stream.readyState !== EventSource.CLOSED || events !== stream) return;
      events = undefined;
      api
        .job(jobId)
        .then((job) => {
          show(job);
          if (job.state !== 'queued' && job.state !== 'running') return;
          window.setTimeout(() => {
            if (holder.isConnected && !events) listen();
          }, 3000);
        })
        .catch((error: unknown) => (label.textContent = describe(error)));
    });
  };
  listen();
  return holder;
}
