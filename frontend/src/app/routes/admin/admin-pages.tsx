import { lazy } from 'react';
import { Route, Routes } from 'react-router';

// Each page of the administration is its own chunk, like every other page; this module imports nothing else, so
// the start page needs no more than its name.
const AdminLayout = lazy(() => import('./layout'));
const AdminHome = lazy(() => import('./home'));
const Accounts = lazy(() => import('./accounts'));
const AccountEdit = lazy(() => import('./account-edit'));
const Tokens = lazy(() => import('./tokens'));
const TokenNew = lazy(() => import('./token-new'));
const Areas = lazy(() => import('./areas'));
const AreaNew = lazy(() => import('./area-new'));
const Committees = lazy(() => import('./committees'));
const CommitteeEdit = lazy(() => import('./committee-edit'));
const TargetGroups = lazy(() => import('./target-groups'));
const TargetGroupEdit = lazy(() => import('./target-group-edit'));
const Actors = lazy(() => import('./actors'));
const ActorEdit = lazy(() => import('./actor-edit'));
const Webhooks = lazy(() => import('./webhooks'));
const WebhookNew = lazy(() => import('./webhook-new'));
const Webhook = lazy(() => import('./webhook'));

/**
 * /admin and its pages (for admins; the actor pages also for editors). The app's router sends everything under
 * /admin here, so the start page's bundle holds only one lazy import for the whole administration.
 */
export default function AdminPages() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<AdminHome />} />
        <Route path="accounts" element={<Accounts />} />
        <Route path="accounts/new" element={<AccountEdit />} />
        <Route path="accounts/:id" element={<AccountEdit />} />
        <Route path="tokens" element={<Tokens />} />
        <Route path="tokens/new" element={<TokenNew />} />
        <Route path="areas" element={<Areas />} />
        <Route path="areas/new" element={<AreaNew />} />
        <Route path="committees" element={<Committees />} />
        <Route path="committees/new" element={<CommitteeEdit />} />
        <Route path="committees/:id" element={<CommitteeEdit />} />
        <Route path="target-groups" element={<TargetGroups />} />
        <Route path="target-groups/new" element={<TargetGroupEdit />} />
        <Route path="target-groups/:code" element={<TargetGroupEdit />} />
        <Route path="actors" element={<Actors />} />
        <Route path="actors/new" element={<ActorEdit />} />
        <Route path="actors/:id" element={<ActorEdit />} />
        <Route path="webhooks" element={<Webhooks />} />
        <Route path="webhooks/new" element={<WebhookNew />} />
        <Route path="webhooks/:id" element={<Webhook />} />
      </Route>
    </Routes>
  );
}
