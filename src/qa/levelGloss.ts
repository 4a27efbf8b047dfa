// English answers name each skill level once with its Chinese name too ("Senior worker (高级工, level 3)"): the
// certificate says 高级工, and callers say it so ("advanced worker", "can I get 高级工?").
import { t } from '../i18n';
import { SKILL_LEVELS } from '../rules/vocabulary';

/** The first "(level N)" of each skill level in an English answer, with that level's Chinese name. */
export function withChineseSkillNames(answer: string): string {
  let out = answer;
  for (const level of SKILL_LEVELS) {
    const label = t('en', `rules:skill.${level}`); // "Senior worker (level 3)"
    const grade = /\((level \d)\)$/.exec(label)?.[1];
    if (!grade) continue;
    const zh = t('zh-CN', `ladder:skillName.${level}`);
    out = out.replace(`(${grade})`, `(${zh}, ${grade})`);
  }
  return out;
}
