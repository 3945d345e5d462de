import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { AdminDeployWorkflowMutation, AdminDeployWorkflowMutationVariables, AdminWorkflowFormsQuery } from '../../api/generated';
import { useGraphQL } from '../../api/useQuery';
import { useTexts } from '../../i18n/texts';
import { Link } from '../../routing/router';
import { adminPaths } from '../adminRoute';
import { errorMessage } from '../adminErrors';
import { diagramFacts, type DiagramElement } from '../diagram/bpmnFacts';
import { applyDecorations, type DiagramServices } from '../diagram/decorations';
import { DiagramModeler, type Modeler } from '../diagram/DiagramModeler';
import { deployedFormsModule, type DeployedForms } from '../diagram/deployedForms';
import { workflowFormsQuery } from '../forms/formOperations';
import { checkDiagramText, diagramFileName, downloadText, maxDiagramBytes } from './bpmnFile';
import { lintElements, type Capabilities, type LintProblem } from './capabilityLint';
import { designerTexts } from './designerTexts';
import { problemDecorations, type Finding } from './designerProblems';
import { ProblemList } from './ProblemList';
import { deployWorkflowMutation } from './workflowOperations';

type Message = { text: string; tone: 'info' | 'error'; otherKey?: string };

interface Registry {
  getAll(): DiagramElement[];
  get(id: string): (DiagramElement & { businessObject?: { name?: string } }) | undefined;
}

/** The modeler with its toolbar (deploy, download, upload), the problem list and the marks on the canvas. */
export function DesignerWorkspace({ processKey, initialXml, capabilities, onDeployed }: {
  processKey: string;
  initialXml: string;
  capabilities: Capabilities | null;
  onDeployed(): void;
}) {
  const t = useTexts(designerTexts);
  const request = useGraphQL();
  const modeler = useRef<Modeler | null>(null);
  const [modelerGeneration, setModelerGeneration] = useState(0);
  const [imported, setImported] = useState(0);
  const [problems, setProblems] = useState<LintProblem[]>([]);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [deploying, setDeploying] = useState(false);
  const capabilityContract = useRef(capabilities);
  capabilityContract.current = capabilities;
  // The properties panel offers the deployed Camunda forms for a user task's linked form (filled once they are loaded).
  const deployedForms = useRef<DeployedForms>({ ids: [], label: t('deployedForms'), none: t('noDeployedForm') });
  const modules = useMemo(() => [deployedFormsModule(deployedForms.current)], []);
  useEffect(() => {
    const controller = new AbortController();
    request<AdminWorkflowFormsQuery, Record<string, never>>(workflowFormsQuery, {}, controller.signal)
      .then(data => { deployedForms.current.ids = data.workflowForms.map(f => f.formId); })
      .catch(() => { /* the panel's own Form ID field still takes any id */ });
    return () => controller.abort();
  }, [request]);

  const registry = () => modeler.current?.get('elementRegistry') as Registry | undefined;

  const lint = useCallback(() => {
    const elements = registry()?.getAll() ?? [];
    const contract = capabilityContract.current;
    setProblems(contract ? lintElements(diagramFacts(elements), contract) : []);
  }, []);

  useEffect(lint, [capabilities, lint]);

  const onReady = useCallback((instance: Modeler) => {
    modeler.current = instance;
    setModelerGeneration(n => n + 1);
  }, []);

  const importXml = useCallback(async (xml: string) => {
    const instance = modeler.current;
    if (!instance) return false;
    try {
      await instance.importXML(xml);
      (instance.get('canvas') as { zoom(level: string, center?: string): void }).zoom('fit-viewport', 'auto');
      setFindings([]);
      setImported(n => n + 1);
      return true;
    } catch {
      return false;
    }
  }, []);

  useEffect(() => {
    if (modelerGeneration === 0) return;
    void importXml(initialXml).then(ok => {
      if (!ok) setMessage({ text: t('fileUnreadable'), tone: 'error' });
    });
  }, [modelerGeneration, initialXml, importXml, t]);

  const describe = useCallback((elementId: string) => {
    const name = registry()?.get(elementId)?.businessObject?.name;
    return name ? `${name} (${elementId})` : elementId;
  }, []);

  const decorations = useMemo(
    () => problemDecorations(problems, findings, describe),
    // `imported` re-draws the marks after an import has cleared the canvas.
    [problems, findings, describe, imported],
  );
  useEffect(() => {
    if (modeler.current && imported > 0) applyDecorations(modeler.current as unknown as DiagramServices, decorations);
  }, [decorations, imported]);

  const showElement = (elementId: string) => {
    const element = registry()?.get(elementId);
    if (!modeler.current || !element) return;
    (modeler.current.get('selection') as { select(element: unknown): void }).select(element);
    (modeler.current.get('canvas') as { scrollToElement(element: unknown): void }).scrollToElement(element);
  };

  const currentXml = async () => {
    const saved = await modeler.current?.saveXML({ format: true });
    if (!saved?.xml) throw new Error(t('diagramUnsaved'));
    return saved.xml;
  };

  const deploy = async () => {
    setDeploying(true);
    setMessage(null);
    try {
      const bpmnXml = await currentXml();
      const { deployWorkflow } = await request<AdminDeployWorkflowMutation, AdminDeployWorkflowMutationVariables>(deployWorkflowMutation, { bpmnXml });
      setFindings(deployWorkflow.findings);
      const definition = deployWorkflow.definition;
      if (deployWorkflow.findings.length > 0 || !definition) {
        setMessage({ text: t('deployRefused', { count: deployWorkflow.findings.length }), tone: 'error' });
        return;
      }
      setMessage({
        text: [
          definition.createdNew
            ? t('deployedNew', { key: definition.key, version: definition.version })
            : t('deployedUnchanged', { version: definition.version }),
          ...(definition.alsoDeployed.length > 0
            ? [t('alsoDeployed', { list: definition.alsoDeployed.map(d => `${d.key} v${d.version}`).join(', ') })]
            : []),
        ].join(' '),
        tone: 'info',
        otherKey: definition.key !== processKey ? definition.key : undefined,
      });
      onDeployed();
    } catch (error) {
      setMessage({ text: t('deployFailed', { message: errorMessage(error) }), tone: 'error' });
    } finally {
      setDeploying(false);
    }
  };

  const download = async () => {
    try {
      const xml = await currentXml();
      const definitions = modeler.current?.getDefinitions() as { rootElements?: { $type: string; id?: string }[] } | undefined;
      const process = definitions?.rootElements?.find(e => e.$type === 'bpmn:Process');
      downloadText(xml, diagramFileName(process?.id ?? processKey));
    } catch (error) {
      setMessage({ text: errorMessage(error), tone: 'error' });
    }
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage(null);
    let text: string;
    try {
      text = file.size > maxDiagramBytes ? '' : await file.text();
    } catch {
      setMessage({ text: t('fileUnreadable'), tone: 'error' });
      return;
    }
    const problem = checkDiagramText(text, file.size);
    if (problem) {
      const texts = { empty: 'fileEmpty', tooLarge: 'fileTooLarge', notXml: 'fileNotXml', notBpmn: 'fileNotBpmn' } as const;
      setMessage({ text: t(texts[problem]), tone: 'error' });
      return;
    }
    const ok = await importXml(text);
    setMessage(ok ? { text: t('uploaded', { file: file.name }), tone: 'info' } : { text: t('fileUnreadable'), tone: 'error' });
  };

  return (
    <div className="admin-designer__workspace">
      <div className="admin-toolbar">
        <button type="button" className="button" onClick={() => void deploy()} disabled={deploying}>
          {deploying ? t('deploying') : t('deploy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void download()}>{t('download')}</button>
        <span className="admin-upload">
          <input id="designer-upload" type="file" accept=".bpmn,.xml,application/xml,text/xml" onChange={e => void upload(e)} />
          <label htmlFor="designer-upload" className="button button--secondary">{t('upload')}</label>
        </span>
      </div>
      <div role="status" aria-live="polite" className={message?.tone === 'error' ? 'status status--error' : 'admin-message'}>
        {message && <p>{message.text}</p>}
        {message?.otherKey && <p><Link href={adminPaths.designer(message.otherKey)}>{t('openOtherProcess', { key: message.otherKey })}</Link></p>}
      </div>
      <ProblemList problems={problems} findings={findings} describe={describe} onShow={showElement} />
      <DiagramModeler label={t('designerCanvas')} onReady={onReady} onChanged={lint} modules={modules} />
    </div>
  );
}
