/**
 * Test support: who may call which procedure, declared once for the access matrix and the
 * isolation matrix. Every procedure of the router must be listed (the access matrix fails
 * otherwise), so a new procedure gets an explicit decision. "public": anyone; "member": viewer and
 * up in the tenant; "editor", "coordinator": that role or higher; "authed": any signed-in user;
 * "platform": platform administrators.
 */
export type Access = "public" | "authed" | "member" | "editor" | "coordinator" | "platform";

export const access: Record<string, Access> = {
  "account.invitation": "public",
  "account.acceptInvitation": "public",
  "account.resetPassword": "public",
  "account.changePassword": "authed",
  "account.signOutEverywhere": "authed",
  "adoption.overview": "public",
  "adoption.create": "editor",
  "adoption.update": "editor",
  "adoption.delete": "editor",
  "article.list": "public",
  "article.save": "editor",
  "article.delete": "editor",
  "audit.list": "coordinator",
  "auth.login": "public",
  "auth.logout": "authed",
  "auth.me": "authed",
  "contact.list": "public",
  "contact.save": "editor",
  "contact.delete": "editor",
  "event.list": "public",
  "event.material": "public",
  "event.create": "editor",
  "event.update": "editor",
  "event.delete": "editor",
  "event.addLink": "editor",
  "event.addFile": "editor",
  "event.deleteMaterial": "editor",
  "feedback.submit": "public",
  "feedback.summary": "editor",
  "indicator.list": "public",
  "indicator.save": "editor",
  "indicator.delete": "editor",
  "indicator.importKolada": "editor",
  "malbild.current": "public",
  "malbild.forEdit": "member",
  "malbild.updateVision": "editor",
  "malbild.updateStatement": "editor",
  "malbild.addStatement": "editor",
  "malbild.removeStatement": "editor",
  "malbildVersion.list": "public",
  "malbildVersion.listAll": "member",
  "malbildVersion.get": "public",
  "malbildVersion.createDraft": "coordinator",
  "malbildVersion.changeStatus": "coordinator",
  "openData.events": "public",
  "openData.news": "public",
  "openData.goodExamples": "public",
  "openData.contacts": "public",
  "openData.faq": "public",
  "openData.publicInput": "public",
  "openData.roadmapActivities": "public",
  "openData.indicatorValues": "public",
  "platform.tenants": "platform",
  "platform.county": "platform",
  "platform.createTenant": "platform",
  "publicInput.list": "public",
  "publicInput.submit": "public",
  "publicInput.questions": "editor",
  "publicInput.saveQuestion": "coordinator",
  "publicInput.queue": "editor",
  "publicInput.moderate": "editor",
  "publicInput.erasePersonalData": "coordinator",
  "publicInput.setRetention": "coordinator",
  "roadmap.get": "public",
  "roadmap.byElement": "public",
  "roadmap.history": "public",
  "roadmap.createArea": "editor",
  "roadmap.updateArea": "editor",
  "roadmap.deleteArea": "editor",
  "roadmap.moveArea": "editor",
  "roadmap.createActivity": "editor",
  "roadmap.updateActivity": "editor",
  "roadmap.deleteActivity": "editor",
  "roadmap.moveActivity": "editor",
  "roadmap.createMilestone": "editor",
  "roadmap.setMilestoneDone": "editor",
  "roadmap.deleteMilestone": "editor",
  "search.query": "public",
  "strategy.list": "public",
  "strategy.get": "public",
  "strategy.create": "editor",
  "strategy.update": "editor",
  "strategy.delete": "editor",
  "strategy.addActivity": "editor",
  "strategy.setActivityStatus": "editor",
  "strategy.deleteActivity": "editor",
  "strategy.addMeeting": "editor",
  "strategy.logDecision": "editor",
  "strategy.deleteMeeting": "editor",
  "tenant.list": "public",
  "tenant.overview": "public",
  "tenant.current": "public",
  "tenant.settings": "public",
  "tenant.updateSettings": "coordinator",
  "users.list": "coordinator",
  "users.invite": "coordinator",
  "users.revokeInvitation": "coordinator",
  "users.changeRole": "coordinator",
  "users.remove": "coordinator",
  "users.createResetLink": "coordinator",
  "users.signOutMember": "coordinator",
};

/**
 * Who calls, seen from the tenant the request names: no session; a viewer, editor or coordinator
 * of that tenant; a coordinator of another tenant; a platform administrator (a member of none).
 */
export type Caller = "anonymous" | "viewer" | "editor" | "coordinator" | "otherCoordinator" | "platform";

/** Whether a caller passes a procedure's gate (then only the input, or what it names, may stop it). */
export function allowed(rule: Access, who: Caller): boolean {
  switch (rule) {
    case "public":
      return true;
    case "authed":
      return who !== "anonymous";
    case "member":
      return who === "viewer" || who === "editor" || who === "coordinator";
    case "editor":
      return who === "editor" || who === "coordinator";
    case "coordinator":
      return who === "coordinator";
    case "platform":
      return who === "platform";
  }
}

/** The refusal each caller gets: no session, a role too low, or — outside one's tenant — "missing". */
export function refusal(rule: Access, who: Caller): string {
  if (who === "anonymous") return "UNAUTHORIZED";
  if (rule === "platform") return "NOT_FOUND";
  if (who === "otherCoordinator" || who === "platform") return "NOT_FOUND";
  return "FORBIDDEN";
}
