import { RATING_BEST, RATING_WORST } from '../annotations';
import { agentType } from './names';
import type { ExportOptions, PreparedArticle } from './prepare';

type Agent = { '@type': 'Person' | 'Organization'; name: string };

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: Agent;
    appearance?: { '@type': 'CreativeWork'; url: string };
  };
  author?: Agent;
  datePublished?: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue?: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
}

/**
 * `claimreview` export: a JSON array of schema.org `ClaimReview` objects (JSON-LD), one per claim (detected or
 * marked, not dismissed) that has a verdict. Ratings use the scale 1 (False) .. 6 (True); a verdict without a
 * rating (Unverifiable, unrated custom labels) has no `ratingValue`, only its `alternateName`.
 */
export function exportClaimReview(articles: readonly PreparedArticle[], options: ExportOptions = {}): string {
  const reviews: ClaimReview[] = [];
  for (const article of articles) {
    for (const f of article.reconciled.findings) {
      if (f.kind !== 'claim' || f.dismissed || !f.verdict) continue;
      const review = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
      } as ClaimReview;
      if (options.reviewUrl !== undefined) review.url = options.reviewUrl;
      review.claimReviewed = f.text.replace(/\s+/g, ' ').trim();
      review.itemReviewed = { '@type': 'Claim' };
      if (f.speaker) review.itemReviewed.author = { '@type': agentType(f.speaker), name: f.speaker };
      if (article.url !== undefined) review.itemReviewed.appearance = { '@type': 'CreativeWork', url: article.url };
      if (options.reviewer !== undefined) review.author = { '@type': agentType(options.reviewer), name: options.reviewer };
      if (options.date !== undefined) review.datePublished = options.date;
      review.reviewRating = {
        '@type': 'Rating',
        ...(f.verdict.rating !== undefined ? { ratingValue: f.verdict.rating } : {}),
        bestRating: RATING_BEST,
        worstRating: RATING_WORST,
        alternateName: f.verdict.label,
      };
      reviews.push(review);
    }
  }
  return JSON.stringify(reviews, null, 2) + '\n';
}
