<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <location filename="../../tfvisual/app.py" line="133"/>
        <source>Something went wrong: {0}. tfvisual keeps running; the details are in {1}.</source>
        <translation>문제가 생겼습니다: {0}. tfvisual은 계속 실행됩니다. 자세한 내용은 {1}에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../tfvisual/ui/i18n.py" line="60"/>
        <source>this TensorFlow was built without GPU support (install tfvisual[gpu])</source>
        <translation>이 TensorFlow는 GPU 지원 없이 빌드되었습니다 (tfvisual[gpu]를 설치하세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/i18n.py" line="63"/>
        <source>no GPU found by TensorFlow</source>
        <translation>TensorFlow가 GPU를 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/i18n.py" line="66"/>
        <source>no GPU driver found (libcuda is missing)</source>
        <translation>GPU 드라이버가 없습니다 (libcuda 없음)</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="95"/>
        <location filename="../../tfvisual/ui/panels/devices.py" line="101"/>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="104"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="104"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="104"/>
        <source>details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="105"/>
        <source>Op placement</source>
        <translation>연산 배치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="106"/>
        <source>CPU vs GPU timing</source>
        <translation>CPU와 GPU 시간 비교</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="96"/>
        <source>Distribution</source>
        <translation>분산</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="97"/>
        <source>Lesson</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="107"/>
        <source>A small tf.function run on the device chosen in the toolbar; each op coloured by the device it ran on.</source>
        <translation>도구 모음에서 고른 장치에서 실행한 작은 tf.function입니다. 각 연산은 실행된 장치의 색으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="109"/>
        <source>Time a matrix multiply on each device</source>
        <translation>장치마다 행렬 곱셈 시간 재기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="110"/>
        <source>n × n matmul, median of 7 runs</source>
        <translation>n × n 행렬 곱셈, 7회 실행의 중앙값</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="112"/>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="113"/>
        <source>logical CPUs</source>
        <translation>논리 CPU 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="114"/>
        <source>Run one step under MirroredStrategy</source>
        <translation>MirroredStrategy로 한 단계 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="116"/>
        <source>The CPU is split into several logical devices (this must happen before TensorFlow sets up its devices, so unless tfvisual started with that many, the step runs in a fresh process). MirroredStrategy copies the model to each, gives each a slice of the batch, and all-reduces the gradients. The same code runs across machines with MultiWorkerMirroredStrategy.</source>
        <translation>CPU를 여러 개의 논리 장치로 나눕니다(TensorFlow가 장치를 준비하기 전에 해야 하므로, tfvisual이 그 수만큼 나눈 채로 시작하지 않았다면 이 단계는 새 프로세스에서 실행됩니다). MirroredStrategy는 모델을 각 장치에 복사하고, 배치를 나누어 주고, 그래디언트를 all-reduce로 합칩니다. 같은 코드가 MultiWorkerMirroredStrategy로 여러 컴퓨터에서도 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="121"/>
        <source>At start, split the CPU into</source>
        <translation>시작할 때 CPU를 나눌 논리 장치 수:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="122"/>
        <source> logical devices</source>
        <translation>개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="125"/>
        <source>&lt;h3&gt;Devices&lt;/h3&gt;&lt;p&gt;A graph lets TensorFlow run some operations on the CPU and the rest on a GPU, and spread a model over several devices or machines.&lt;/p&gt;&lt;p&gt;The toolbar&apos;s device selector wraps every panel&apos;s work in &lt;code&gt;tf.device(...)&lt;/code&gt;, so it can change at any time without restarting TensorFlow.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;장치&lt;/h3&gt;&lt;p&gt;그래프가 있으면 TensorFlow는 일부 연산은 CPU에서, 나머지는 GPU에서 실행하고, 모델을 여러 장치나 컴퓨터에 나눌 수 있습니다.&lt;/p&gt;&lt;p&gt;도구 모음의 장치 선택은 모든 패널의 작업을 &lt;code&gt;tf.device(...)&lt;/code&gt;로 감쌉니다. 그래서 TensorFlow를 다시 시작하지 않고 언제든 바꿀 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="154"/>
        <source>Listing devices…</source>
        <translation>장치 목록을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="174"/>
        <source>physical device</source>
        <translation>물리 장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="178"/>
        <source>No GPU: {0}</source>
        <translation>GPU 없음: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="184"/>
        <source>host memory</source>
        <translation>호스트 메모리</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="185"/>
        <source>memory in use</source>
        <translation>사용 중인 메모리</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="186"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="187"/>
        <source>compute capability</source>
        <translation>연산 능력(compute capability)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="197"/>
        <source>Timing matrix multiplies…</source>
        <translation>행렬 곱셈 시간을 재는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="234"/>
        <source>Now: {0} logical CPU device(s).</source>
        <translation>지금: 논리 CPU 장치 {0}개.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="236"/>
        <source>Now: {0} logical CPU device(s). Restart tfvisual to have {1}: TensorFlow sets up its devices once.</source>
        <translation>지금: 논리 CPU 장치 {0}개. {1}개로 하려면 tfvisual을 다시 시작하세요. TensorFlow는 장치를 한 번만 준비합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="242"/>
        <source>Running MirroredStrategy…</source>
        <translation>MirroredStrategy 실행 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="250"/>
        <source>{0}: batch of {1}, gradient {2}</source>
        <translation>{0}: 배치 {1}개, 그래디언트 {2}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="254"/>
        <source>all-reduced (sum): {0}</source>
        <translation>all-reduce 결과(합): {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="255"/>
        <source>one device, whole batch: {0}</source>
        <translation>장치 하나, 배치 전체: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="257"/>
        <source>The same gradient.</source>
        <translation>같은 그래디언트입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="257"/>
        <source>They differ.</source>
        <translation>서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>ExecutionPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="79"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="80"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="81"/>
        <source>Lesson</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="85"/>
        <source>Eager and lazy</source>
        <translation>즉시 실행과 지연 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="88"/>
        <source>Edit the snippet, then run it both ways (tf is imported):</source>
        <translation>코드를 고친 뒤 두 방식으로 실행하세요 (tf는 이미 import되어 있습니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="90"/>
        <source>Run both ways (F5)</source>
        <translation>두 방식으로 실행 (F5)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="91"/>
        <source>Step through (F10)</source>
        <translation>한 줄씩 실행 (F10)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="92"/>
        <source>Stop (Esc)</source>
        <translation>멈춤 (Esc)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="93"/>
        <source>Eager (TF2): values at once</source>
        <translation>즉시 실행 (TF2): 값이 바로 나옴</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="94"/>
        <source>Lazy (TF1 graph): symbols, then a session</source>
        <translation>지연 실행 (TF1 그래프): 기호, 그다음 세션</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="95"/>
        <source>The TF1 graph the lazy run builds: nothing in it is computed until a session runs it.</source>
        <translation>지연 실행이 만드는 TF1 그래프: 세션이 실행하기 전에는 아무것도 계산되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="98"/>
        <source>&lt;b&gt;Why graphs?&lt;/b&gt;&lt;br&gt;1. Some operations on the CPU, the rest on the GPU: &lt;a href=&apos;devices&apos;&gt;Devices&lt;/a&gt;&lt;br&gt;2. Parts of a distributed model on different machines: &lt;a href=&apos;devices&apos;&gt;Distribution&lt;/a&gt;&lt;br&gt;3. The graph optimised to skip needless operations: &lt;a href=&apos;graphs&apos;&gt;Graphs and Grappler&lt;/a&gt;</source>
        <translation>&lt;b&gt;왜 그래프일까요?&lt;/b&gt;&lt;br&gt;1. 일부 연산은 CPU, 나머지는 GPU에서: &lt;a href=&apos;devices&apos;&gt;장치&lt;/a&gt;&lt;br&gt;2. 분산 모델의 부분을 여러 컴퓨터에서: &lt;a href=&apos;devices&apos;&gt;분산&lt;/a&gt;&lt;br&gt;3. 불필요한 연산을 건너뛰도록 그래프 최적화: &lt;a href=&apos;graphs&apos;&gt;그래프와 Grappler&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="103"/>
        <source>&lt;h3&gt;Eager (TF2)&lt;/h3&gt;&lt;p&gt;Each line runs as soon as Python reaches it: &lt;code&gt;print(c)&lt;/code&gt; shows the values &lt;code&gt;[1 2 4]&lt;/code&gt;.&lt;/p&gt;&lt;h3&gt;Lazy (TF1)&lt;/h3&gt;&lt;p&gt;Each line only adds an operation to a graph: &lt;code&gt;print(c)&lt;/code&gt; shows a symbol, &lt;code&gt;Tensor(&quot;Add:0&quot;, …)&lt;/code&gt;. The values exist only when a &lt;code&gt;Session&lt;/code&gt; runs the graph.&lt;/p&gt;&lt;p&gt;The graph lets TensorFlow place, distribute and optimise the work before running it; eager code is easier to write and debug.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;즉시 실행 (TF2)&lt;/h3&gt;&lt;p&gt;파이썬이 줄에 닿는 즉시 실행됩니다: &lt;code&gt;print(c)&lt;/code&gt;는 값 &lt;code&gt;[1 2 4]&lt;/code&gt;를 보여 줍니다.&lt;/p&gt;&lt;h3&gt;지연 실행 (TF1)&lt;/h3&gt;&lt;p&gt;각 줄은 그래프에 연산을 더할 뿐입니다: &lt;code&gt;print(c)&lt;/code&gt;는 기호 &lt;code&gt;Tensor(&quot;Add:0&quot;, …)&lt;/code&gt;를 보여 줍니다. 값은 &lt;code&gt;Session&lt;/code&gt;이 그래프를 실행할 때에야 생깁니다.&lt;/p&gt;&lt;p&gt;그래프가 있으면 TensorFlow가 실행 전에 작업을 배치하고, 분산하고, 최적화할 수 있습니다. 즉시 실행 코드는 쓰기와 디버깅이 더 쉽습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="137"/>
        <source>Running the snippet eagerly and lazily…</source>
        <translation>코드를 즉시 실행과 지연 실행으로 돌리는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="147"/>
        <source>— after session.run —</source>
        <translation>— session.run 후 —</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="155"/>
        <source>… {0} more characters</source>
        <translation>… 글자 {0}개 더 있음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="158"/>
        <source>Stopped. The snippet was abandoned.</source>
        <translation>중지했습니다. 코드 실행을 포기했습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="176"/>
        <source>Preparing the step-through…</source>
        <translation>한 줄씩 실행을 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="194"/>
        <source>no new node</source>
        <translation>새 노드 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="202"/>
        <source>Nothing has been computed yet: press Run to run the graph in a session.</source>
        <translation>아직 아무것도 계산되지 않았습니다: 실행을 눌러 세션에서 그래프를 실행하세요.</translation>
    </message>
</context>
<context>
    <name>GraphExplorer</name>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="174"/>
        <source>Find a node or op type (Ctrl+F)</source>
        <translation>노드 이름이나 연산 종류 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="175"/>
        <source>Type part of a name or an op type; Enter goes to the next match</source>
        <translation>이름이나 연산 종류의 일부를 입력하세요. Enter를 누르면 다음 결과로 갑니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="177"/>
        <source>Colour: plain</source>
        <translation>색: 기본</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="177"/>
        <source>Colour by op type</source>
        <translation>연산 종류별 색</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="178"/>
        <source>Colour by device</source>
        <translation>장치별 색</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="181"/>
        <source>Open all groups</source>
        <translation>모든 그룹 펼치기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="182"/>
        <source>Show every node of the graph, no group folded</source>
        <translation>그룹을 접지 않고 그래프의 모든 노드를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="276"/>
        <source>Whole graph</source>
        <translation>전체 그래프</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="279"/>
        <source>Fold everything inside {0}</source>
        <translation>{0} 안을 모두 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="280"/>
        <source>Fold every group again</source>
        <translation>모든 그룹을 다시 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="335"/>
        <source>{0}: double-click a node inside to fold it</source>
        <translation>{0}: 안의 노드를 더블클릭하면 접힙니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="336"/>
        <source>inputs from outside: {0}</source>
        <translation>밖에서 들어오는 입력: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="337"/>
        <source>outputs to outside: {0}</source>
        <translation>밖으로 나가는 출력: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="342"/>
        <source>{0} in · {1} out</source>
        <translation>입력 {0} · 출력 {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="404"/>
        <source>no match</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="407"/>
        <source>{0} of {1}</source>
        <translation>{1}개 중 {0}번째</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="409"/>
        <source>({0} nodes, some in folded groups)</source>
        <translation>(노드 {0}개, 일부는 접힌 그룹 안)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="453"/>
        <source>no device set: placed at run time</source>
        <translation>장치 미지정: 실행할 때 배치됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="456"/>
        <source>(others plain)</source>
        <translation>(나머지는 기본 색)</translation>
    </message>
</context>
<context>
    <name>GraphsPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="266"/>
        <source>Graphs and Grappler</source>
        <translation>그래프와 Grappler</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="269"/>
        <source>compute(a, b, c): the chapter</source>
        <translation>compute(a, b, c): 본문 예제</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="270"/>
        <source>Python while and if → while_loop and cond</source>
        <translation>파이썬 while과 if → while_loop와 cond</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="271"/>
        <source>A Keras Dense layer call</source>
        <translation>Keras Dense 층 호출</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="272"/>
        <source>A function with a tf.Variable</source>
        <translation>tf.Variable을 쓰는 함수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="273"/>
        <source>Constant folding</source>
        <translation>상수 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="274"/>
        <source>Big: a small CNN&apos;s training step (thousands of nodes)</source>
        <translation>큰 그래프: 작은 CNN의 학습 단계 (노드 수천 개)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="277"/>
        <source>Python code (the last function defined is traced):</source>
        <translation>파이썬 코드 (마지막에 정의한 함수를 추적합니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="278"/>
        <source>Input signature (None = unknown dimension):</source>
        <translation>입력 시그니처 (None = 모르는 차원):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="279"/>
        <source>argument</source>
        <translation>인자</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="279"/>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="280"/>
        <source>shape</source>
        <translation>shape</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="282"/>
        <source>Trace with tf.function (F5)</source>
        <translation>tf.function으로 추적 (F5)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="284"/>
        <source>After Grappler (G)</source>
        <translation>Grappler 후 (G)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="285"/>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="259"/>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="260"/>
        <source>Op counts</source>
        <translation>연산 개수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="261"/>
        <source>AutoGraph code</source>
        <translation>AutoGraph 코드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="262"/>
        <source>Eager vs graph speed</source>
        <translation>즉시 실행과 그래프 속도</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="283"/>
        <source>Stop (Esc)</source>
        <translation>멈춤 (Esc)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="289"/>
        <source>Node details (click a node)</source>
        <translation>노드 정보 (노드를 클릭하세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="290"/>
        <source>Traced signatures (concrete functions)</source>
        <translation>추적한 시그니처 (구체 함수)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="291"/>
        <source>Median time per call</source>
        <translation>호출당 시간의 중앙값</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="292"/>
        <source>microseconds</source>
        <translation>마이크로초</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="293"/>
        <source>Wheel or Ctrl +/− to zoom, drag to pan, click a node, double-click a folded scope to open it</source>
        <translation>휠이나 Ctrl +/−로 확대, 끌어서 이동, 노드 클릭, 접힌 범위는 더블클릭으로 펼치기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="296"/>
        <source>op type</source>
        <translation>연산 종류</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="296"/>
        <source>traced</source>
        <translation>추적됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="297"/>
        <source>after Grappler</source>
        <translation>Grappler 이후</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="299"/>
        <source>What does each Grappler pass remove?</source>
        <translation>Grappler의 각 단계는 무엇을 없앨까요?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="300"/>
        <source>Runs each pass alone on the traced graph</source>
        <translation>추적한 그래프에 각 단계를 하나씩 따로 실행합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="341"/>
        <source># The training step of a small Keras CNN:
# Conv2D, Conv2D, Dense, Adam, GradientTape.
</source>
        <translation># 작은 Keras CNN의 학습 단계:
# Conv2D, Conv2D, Dense, Adam, GradientTape.
</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="357"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="371"/>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="359"/>
        <source>Tracing with tf.function…</source>
        <translation>tf.function으로 추적하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="386"/>
        <source>(no Python source)</source>
        <translation>(파이썬 소스 없음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="419"/>
        <source>Grappler is optimising the graph…</source>
        <translation>Grappler가 그래프를 최적화하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="450"/>
        <source>Each pass alone on the {0} traced nodes (passes overlap, so the removals do not add up):</source>
        <translation>추적한 노드 {0}개에 각 단계를 따로 실행한 결과 (단계끼리 겹치므로 합계가 맞지 않습니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="453"/>
        <source>{0}: {1} removed</source>
        <translation>{0}: {1}개 제거</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="455"/>
        <source>{0} added</source>
        <translation>{0}개 추가</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="458"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="461"/>
        <source>Running each Grappler pass…</source>
        <translation>Grappler 단계를 하나씩 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="464"/>
        <source>pruning</source>
        <translation>가지치기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="465"/>
        <source>common subexpressions</source>
        <translation>공통 부분식</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="467"/>
        <source>arithmetic</source>
        <translation>산술 최적화</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="467"/>
        <source>layout</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="468"/>
        <source>remapper (fused ops)</source>
        <translation>리매퍼 (융합 연산)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="469"/>
        <source>loops</source>
        <translation>반복문</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="470"/>
        <source>control dependencies</source>
        <translation>제어 의존성</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="475"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="488"/>
        <source>Timing eager against tf.function…</source>
        <translation>즉시 실행과 tf.function의 시간을 재는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="485"/>
        <source>No timing for this function: {0}</source>
        <translation>이 함수의 시간을 잴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="525"/>
        <source>{0} nodes traced; Grappler is optimising the graph…</source>
        <translation>노드 {0}개를 추적했습니다. Grappler가 그래프를 최적화하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="529"/>
        <source>{0} nodes traced, {1} after Grappler.</source>
        <translation>추적한 노드 {0}개, Grappler 후 {1}개.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="533"/>
        <source>… and {0} more changes</source>
        <translation>… 그 밖의 변경 {0}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="537"/>
        <source>rewired to read a shared result: {0}</source>
        <translation>공유된 결과를 읽도록 다시 연결됨: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="541"/>
        <source>Folded by name scope: double-click a box to open it.</source>
        <translation>이름 범위별로 접었습니다: 상자를 더블클릭하면 펼쳐집니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="552"/>
        <source>{0} {1} became {2}</source>
        <translation>{0}개의 {1}이(가) {2}(으)로 바뀜</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="560"/>
        <source>common subexpression</source>
        <translation>공통 부분식</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="579"/>
        <source>Eager {0:.0f} µs, tf.function {1:.0f} µs per call (median of {3}): the graph runs {2:.1f}× as fast.</source>
        <translation>호출당 즉시 실행 {0:.0f} µs, tf.function {1:.0f} µs ({3}회 중앙값): 그래프가 {2:.1f}배 빠릅니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="548"/>
        <source>{0} of {1} {2} removed: {3}</source>
        <translation>{2} {1}개 중 {0}개 제거: {3}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="367"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="373"/>
        <source>Tracing the training step of {0}…</source>
        <translation>{0}의 훈련 단계를 추적하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="382"/>
        <source>The training step of {0}: forward pass, loss, tape.gradient and Adam&apos;s update, traced with tf.function.</source>
        <translation>{0}의 훈련 단계: 순전파, 손실, tape.gradient, Adam의 갱신을 tf.function으로 추적했습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="556"/>
        <source>{0} {1} added</source>
        <translation>{1} {0}개 추가</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="466"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="561"/>
        <source>constant folding</source>
        <translation>상수 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="562"/>
        <source>forwarded to its input</source>
        <translation>입력으로 바로 연결됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="563"/>
        <source>lowered to control-flow ops</source>
        <translation>제어 흐름 연산으로 낮춰짐</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="564"/>
        <source>removed with the ops that read it</source>
        <translation>그것을 읽던 연산과 함께 제거됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="565"/>
        <source>its readers no longer need it</source>
        <translation>읽던 연산이 더 이상 필요로 하지 않음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="566"/>
        <source>pruned: nothing read it</source>
        <translation>가지치기: 읽는 연산이 없었음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="573"/>
        <source>No timing for this function.</source>
        <translation>이 함수는 시간을 재지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="578"/>
        <source>eager</source>
        <translation>즉시 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="605"/>
        <source>a folded name scope of {0} nodes</source>
        <translation>노드 {0}개를 접은 이름 범위</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="607"/>
        <source>inputs: {0}</source>
        <translation>입력: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="609"/>
        <source>output {0}: {1} {2}</source>
        <translation>출력 {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="612"/>
        <source>read by: {0}</source>
        <translation>읽는 노드: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="613"/>
        <source>device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="613"/>
        <source>(placed at run time)</source>
        <translation>(실행할 때 배치됨)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="616"/>
        <source>made by line {0}</source>
        <translation>{0}번 줄에서 만들어짐</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="627"/>
        <source>removed by Grappler</source>
        <translation>Grappler가 제거함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="627"/>
        <source>added by Grappler</source>
        <translation>Grappler가 추가함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="628"/>
        <source>inputs rewired by Grappler</source>
        <translation>Grappler가 입력을 다시 연결함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="654"/>
        <source>Line {0} made {1} of the nodes drawn.</source>
        <translation>{0}번 줄이 그려진 노드 중 {1}개를 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="657"/>
        <source>Line {0} made no node of this graph.</source>
        <translation>{0}번 줄은 이 그래프의 노드를 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="673"/>
        <source>Laying out the graph…</source>
        <translation>그래프를 배치하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="679"/>
        <source>Export the diagram</source>
        <translation>도식 내보내기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="692"/>
        <source>Could not save {0}: {1}</source>
        <translation>{0}을(를) 저장하지 못했습니다: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="129"/>
        <source>Settings cannot be saved to {0} (a folder, or no permission): what you choose now lasts until you quit.</source>
        <translation>설정을 {0}에 저장할 수 없습니다 (폴더이거나 권한이 없음): 지금 고른 것은 끝낼 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="289"/>
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="314"/>
        <location filename="../../tfvisual/ui/main_window.py" line="456"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="329"/>
        <source>No GPU is available: {0}. Using the CPU.</source>
        <translation>쓸 수 있는 GPU가 없습니다: {0}. CPU를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="338"/>
        <source>TensorFlow could not be loaded</source>
        <translation>TensorFlow를 불러오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="339"/>
        <source>TensorFlow could not be loaded: {0}. Reinstall it with pip install tfvisual.</source>
        <translation>TensorFlow를 불러오지 못했습니다: {0}. pip install tfvisual로 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="417"/>
        <source>tfvisual — TensorFlow 2 and Keras, seen</source>
        <translation>tfvisual — 눈으로 보는 TensorFlow 2와 Keras</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="418"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="419"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="420"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="420"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="421"/>
        <source>Projector (high contrast)</source>
        <translation>프로젝터 (고대비)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="424"/>
        <source>A−</source>
        <translation>가−</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="425"/>
        <source>Smaller text (Ctrl −)</source>
        <translation>글자 작게 (Ctrl −)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="426"/>
        <source>A+</source>
        <translation>가+</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="427"/>
        <source>Larger text (Ctrl +)</source>
        <translation>글자 크게 (Ctrl +)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="428"/>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="429"/>
        <source>Full screen (F11)</source>
        <translation>전체 화면 (F11)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="430"/>
        <source>Panel list</source>
        <translation>패널 목록</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="431"/>
        <source>Show or hide the list of panels (Ctrl+B); Ctrl+1 … Ctrl+7 open a panel either way</source>
        <translation>패널 목록 보이기/숨기기 (Ctrl+B). 숨겨도 Ctrl+1 … Ctrl+7로 패널을 열 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="433"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="434"/>
        <source>Where TensorFlow runs the work of every panel</source>
        <translation>모든 패널의 TensorFlow 작업을 실행할 장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="437"/>
        <source>no GPU found</source>
        <translation>GPU를 찾지 못함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="438"/>
        <source>GPU unavailable: {0}</source>
        <translation>GPU 사용 불가: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="440"/>
        <source>Presentation</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="441"/>
        <source>Presentation mode (F6): the picture takes the screen, the key buttons stay beside it</source>
        <translation>발표 모드 (F6): 그림이 화면을 차지하고 주요 버튼은 그 옆에 남습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="443"/>
        <source>Side panel</source>
        <translation>옆 패널</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="444"/>
        <source>Show or hide the controls and the lesson beside the picture (F9)</source>
        <translation>그림 옆의 설정과 설명을 보이거나 숨깁니다 (F9)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="446"/>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="447"/>
        <source>Default text size (Ctrl 0)</source>
        <translation>기본 글자 크기 (Ctrl 0)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="448"/>
        <source>Quit (Ctrl Q)</source>
        <translation>끝내기 (Ctrl Q)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="460"/>
        <source>TensorFlow loading…</source>
        <translation>TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="496"/>
        <source>Device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="498"/>
        <source>last run on {0}</source>
        <translation>마지막 실행: {0}</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="194"/>
        <source>Keras models</source>
        <translation>Keras 모델</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="197"/>
        <source>Sequential API</source>
        <translation>Sequential API</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="197"/>
        <source>Functional API</source>
        <translation>함수형 API</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="198"/>
        <source>Functional, two branches</source>
        <translation>함수형, 두 갈래</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="201"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="201"/>
        <source>Input shape</source>
        <translation>입력 shape</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="202"/>
        <source>Classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="204"/>
        <source>Build the model</source>
        <translation>모델 만들기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="205"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="205"/>
        <source>units or rate</source>
        <translation>유닛 수 또는 비율</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="206"/>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="208"/>
        <source>+ Dense</source>
        <translation>+ Dense</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="209"/>
        <source>+ Dropout</source>
        <translation>+ Dropout</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="210"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="211"/>
        <source>Save and load</source>
        <translation>저장과 불러오기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="212"/>
        <source>save() .keras…</source>
        <translation>save() .keras…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="219"/>
        <source>save_weights()…</source>
        <translation>save_weights()…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="220"/>
        <source>load_weights()…</source>
        <translation>load_weights()…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="221"/>
        <source>Round trip: save, reload, compare predictions</source>
        <translation>왕복 확인: 저장, 다시 불러오기, 예측 비교</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="187"/>
        <source>summary()</source>
        <translation>summary()</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="186"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="188"/>
        <source>Attributes</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="189"/>
        <source>Lesson</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="213"/>
        <source>Open .keras or .h5…</source>
        <translation>.keras 또는 .h5 열기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="214"/>
        <source>Open a SavedModel folder…</source>
        <translation>SavedModel 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="216"/>
        <source>Or look inside a ready-made architecture (keras.applications, random weights):</source>
        <translation>또는 이미 만들어진 구조를 들여다보기 (keras.applications, 무작위 가중치):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="218"/>
        <source>choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="222"/>
        <source>See its training step</source>
        <translation>훈련 단계 보기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="223"/>
        <source>Trace this model&apos;s training step (forward, loss, gradient, optimizer update) in the graphs panel</source>
        <translation>이 모델의 훈련 단계(순전파, 손실, 그레이디언트, 옵티마이저 갱신)를 그래프 패널에서 추적합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="226"/>
        <source>&lt;h3&gt;A model&apos;s attributes&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;inputs&lt;/b&gt; and &lt;b&gt;outputs&lt;/b&gt;: the tensors that go in and come out&lt;/li&gt;&lt;li&gt;&lt;b&gt;layers&lt;/b&gt;: the layers, each with its output shape&lt;/li&gt;&lt;li&gt;&lt;b&gt;summary()&lt;/b&gt;: prints the architecture and parameter counts&lt;/li&gt;&lt;li&gt;&lt;b&gt;save()&lt;/b&gt;: architecture, weights and training state in one .keras file, to resume training later; reload with &lt;code&gt;load_model()&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;save_weights()&lt;/b&gt;: the weights alone&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Which API?&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;sequential&lt;/b&gt; API stacks layers in a line: simple and enough for many models. The &lt;b&gt;functional&lt;/b&gt; API calls layers on tensors, so it can branch and join (parallel layers), share layers and take several inputs or outputs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;모델의 속성&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;inputs&lt;/b&gt;와 &lt;b&gt;outputs&lt;/b&gt;: 들어가고 나오는 텐서&lt;/li&gt;&lt;li&gt;&lt;b&gt;layers&lt;/b&gt;: 층들과 각 층의 출력 shape&lt;/li&gt;&lt;li&gt;&lt;b&gt;summary()&lt;/b&gt;: 구조와 파라미터 수를 출력&lt;/li&gt;&lt;li&gt;&lt;b&gt;save()&lt;/b&gt;: 구조, 가중치, 학습 상태를 .keras 파일 하나에 저장해 나중에 학습을 이어 갈 수 있음. &lt;code&gt;load_model()&lt;/code&gt;로 다시 불러옴&lt;/li&gt;&lt;li&gt;&lt;b&gt;save_weights()&lt;/b&gt;: 가중치만 저장&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;어느 API를 쓸까요?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Sequential&lt;/b&gt; API는 층을 한 줄로 쌓습니다: 간단하고 많은 모델에 충분합니다. &lt;b&gt;함수형&lt;/b&gt; API는 텐서에 층을 호출하므로 갈라졌다 합쳐지고(병렬 층), 층을 공유하고, 입력이나 출력을 여러 개 가질 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="270"/>
        <source>Printing summary()…</source>
        <translation>summary()를 출력하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="282"/>
        <source>The sequential API cannot build this model: a Sequential model is a single chain, and here two branches read the same tensor and are joined again.</source>
        <translation>Sequential API로는 이 모델을 만들 수 없습니다: Sequential 모델은 한 줄의 사슬인데, 여기서는 두 갈래가 같은 텐서를 읽고 다시 합쳐집니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="322"/>
        <source>Use a whole number of units, a rate below 1 or one of: {0}</source>
        <translation>유닛 수는 정수, 비율은 1보다 작게, 활성화 함수는 다음 중 하나로: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="347"/>
        <source>The input shape needs whole numbers, e.g. 8, 8</source>
        <translation>입력 shape는 정수로 적어야 합니다. 예: 8, 8</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="367"/>
        <source>Building the Keras model…</source>
        <translation>Keras 모델을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="379"/>
        <source>paths from input to output: {0}</source>
        <translation>입력에서 출력까지 경로: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="380"/>
        <source>parameters: {0:,}</source>
        <translation>파라미터: {0:,}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="390"/>
        <source>Save the model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="396"/>
        <location filename="../../tfvisual/ui/panels/models.py" line="478"/>
        <source>Saved {0}</source>
        <translation>{0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="398"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="401"/>
        <source>Open a Keras model</source>
        <translation>Keras 모델 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="408"/>
        <source>Open a SavedModel folder</source>
        <translation>SavedModel 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="420"/>
        <source>SavedModel {0}: signatures</source>
        <translation>SavedModel {0}: 시그니처</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="422"/>
        <source>drawn: {0}, {1} ops (saved functions inlined)</source>
        <translation>그린 것: {0}, 연산 {1}개 (저장된 함수를 펼쳐 넣음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="428"/>
        <source>Opened the SavedModel {0}: {1} signatures; {2} drawn</source>
        <translation>SavedModel {0}을(를) 열었습니다: 시그니처 {1}개, {2}을(를) 그렸습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="432"/>
        <source>Loading the SavedModel…</source>
        <translation>SavedModel을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="445"/>
        <source>Laying out the diagram…</source>
        <translation>다이어그램을 배치하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="457"/>
        <source># random weights: nothing is downloaded</source>
        <translation># 무작위 가중치: 아무것도 내려받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="458"/>
        <source>{0}: {1} layers, {2:,} parameters</source>
        <translation>{0}: 층 {1}개, 매개변수 {2:,}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="462"/>
        <source>Building {0}…</source>
        <translation>{0} 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="467"/>
        <source># Loaded from {0} in Keras safe mode</source>
        <translation># Keras 안전 모드로 {0}에서 불러옴</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="468"/>
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="470"/>
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="473"/>
        <source>Save the weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="481"/>
        <source>Load weights</source>
        <translation>가중치 불러오기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="492"/>
        <source>Reloaded with load_model(): largest difference {0:g}. A clone with load_weights() could not predict: {1} (weights alone do not carry every layer&apos;s state, e.g. a vocabulary).</source>
        <translation>load_model()로 다시 불러옴: 가장 큰 차이 {0:g}. load_weights()로 만든 복제본은 예측하지 못했습니다: {1} (가중치만으로는 어휘 같은 층의 상태가 모두 옮겨지지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="499"/>
        <source>Reloaded with load_model(): largest difference {0:g}. With load_weights(): {1:g}. {2}</source>
        <translation>load_model()로 다시 불러옴: 최대 차이 {0:g}. load_weights()로: {1:g}. {2}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="500"/>
        <source>Identical predictions.</source>
        <translation>예측이 똑같습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="503"/>
        <source>Saving and reloading…</source>
        <translation>저장하고 다시 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="146"/>
        <source>Controls</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="292"/>
        <source>Working…</source>
        <translation>작업 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="306"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="337"/>
        <source>Stopped. The last call runs inside TensorFlow or Python&apos;s C code, which cannot be interrupted: it ends in the background and its result is dropped.</source>
        <translation>멈췄습니다. 마지막 호출은 TensorFlow나 파이썬의 C 코드 안에서 실행 중이라 중단할 수 없습니다: 백그라운드에서 끝나고 그 결과는 버려집니다.</translation>
    </message>
</context>
<context>
    <name>TapePanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="101"/>
        <source>Save the steps</source>
        <translation>단계 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="103"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="105"/>
        <source>Save the plot</source>
        <translation>그래프 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="174"/>
        <source>Gradient tape</source>
        <translation>그래디언트 테이프</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="177"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="177"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="177"/>
        <source>Starting X</source>
        <translation>시작 X</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="178"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="178"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="171"/>
        <source>Lesson</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="170"/>
        <source>Step by step</source>
        <translation>단계별 기록</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="179"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="179"/>
        <source>Optimiser</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="181"/>
        <source>Solve A × X = B</source>
        <translation>A × X = B 풀기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="182"/>
        <source>abs(A·X − B)  (the chapter)</source>
        <translation>abs(A·X − B)  (본문)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="183"/>
        <source>square (A·X − B)²</source>
        <translation>제곱 (A·X − B)²</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="183"/>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="185"/>
        <source>plain X ← X − lr·dX  (the chapter)</source>
        <translation>기본 X ← X − lr·dX  (본문)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="186"/>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="186"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="189"/>
        <source>Step ▶|</source>
        <translation>한 단계 ▶|</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="190"/>
        <source>One step forward (→)</source>
        <translation>한 단계 앞으로 (→)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="191"/>
        <source>|◀ Back</source>
        <translation>|◀ 뒤로</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="192"/>
        <source>One step back (←)</source>
        <translation>한 단계 뒤로 (←)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="193"/>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="194"/>
        <source>Back to the start (Home)</source>
        <translation>처음으로 돌아가기 (Home)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="195"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="196"/>
        <source>Steps as CSV…</source>
        <translation>단계를 CSV로…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="197"/>
        <source>Plot as PNG…</source>
        <translation>그래프를 PNG로…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="198"/>
        <source>Plot as SVG…</source>
        <translation>그래프를 SVG로…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="199"/>
        <source>The chapter&apos;s train_step (the line running now is highlighted):</source>
        <translation>본문의 train_step (지금 실행 중인 줄이 강조됩니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="201"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="208"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="201"/>
        <source>printed</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="202"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="205"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="206"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="202"/>
        <source>X after</source>
        <translation>다음 X</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="203"/>
        <source>Loss over X: the point, its slope dX, the path</source>
        <translation>X에 따른 손실: 현재 점, 기울기 dX, 지나온 길</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="207"/>
        <source>Loss and X after each step</source>
        <translation>단계마다의 손실과 X</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="209"/>
        <source>Drag the point to start from another X</source>
        <translation>점을 끌어 다른 X에서 시작하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="211"/>
        <source>&lt;h3&gt;What the tape records&lt;/h3&gt;&lt;p&gt;Inside &lt;code&gt;with tf.GradientTape() as tape:&lt;/code&gt; TensorFlow records every operation on the variable X. &lt;code&gt;tape.gradient(loss, X)&lt;/code&gt; plays the recording backwards and gives dX, the slope of the loss at X.&lt;/p&gt;&lt;h3&gt;Why dX is ±A&lt;/h3&gt;&lt;p&gt;For loss = |A·X − B| the slope is A where A·X &amp;gt; B and −A where A·X &amp;lt; B. With A = 3 every step moves X by exactly 3 × learning rate.&lt;/p&gt;&lt;h3&gt;Why it stops at exactly 2&lt;/h3&gt;&lt;p&gt;From X = 20 the steps land on 17, 14, 11, 8, 5 and then 2, where A·X = B: the loss is 0 and TensorFlow&apos;s gradient of abs at 0 is 0, so X stays. Try a start of 21 or a learning rate of 0.7 to see it bounce around 2 instead.&lt;/p&gt;&lt;p&gt;Without a tape, &lt;code&gt;print(loss)&lt;/code&gt; only shows a tensor: nothing was recorded, so no gradient can be taken.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;테이프가 기록하는 것&lt;/h3&gt;&lt;p&gt;&lt;code&gt;with tf.GradientTape() as tape:&lt;/code&gt; 안에서 TensorFlow는 변수 X에 대한 모든 연산을 기록합니다. &lt;code&gt;tape.gradient(loss, X)&lt;/code&gt;는 기록을 거꾸로 재생해 X에서 손실의 기울기 dX를 줍니다.&lt;/p&gt;&lt;h3&gt;dX가 ±A인 이유&lt;/h3&gt;&lt;p&gt;loss = |A·X − B|의 기울기는 A·X &amp;gt; B일 때 A, A·X &amp;lt; B일 때 −A입니다. A = 3이면 한 단계마다 X가 정확히 3 × 학습률만큼 움직입니다.&lt;/p&gt;&lt;h3&gt;정확히 2에서 멈추는 이유&lt;/h3&gt;&lt;p&gt;X = 20에서 시작하면 17, 14, 11, 8, 5를 거쳐 2에 닿고, 거기서 A·X = B입니다: 손실이 0이고 TensorFlow에서 abs의 0에서의 기울기는 0이므로 X는 그대로입니다. 시작을 21로 하거나 학습률을 0.7로 하면 2 주변을 오가는 모습을 볼 수 있습니다.&lt;/p&gt;&lt;p&gt;테이프가 없으면 &lt;code&gt;print(loss)&lt;/code&gt;는 텐서만 보여 줍니다: 기록된 것이 없으니 그래디언트를 구할 수 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="291"/>
        <source>Running gradient descent with tf.GradientTape…</source>
        <translation>tf.GradientTape로 경사 하강을 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="324"/>
        <source>Converged: X = {0:g} solves A × X = B.</source>
        <translation>수렴했습니다: X = {0:g}가 A × X = B의 해입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="326"/>
        <source>Oscillating: the learning rate is too large for this loss, so X jumps back and forth across the solution.</source>
        <translation>진동합니다: 이 손실에 비해 학습률이 너무 커서 X가 해를 사이에 두고 왔다 갔다 합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="329"/>
        <source>Diverging: each step overshoots more than the last; lower the learning rate.</source>
        <translation>발산합니다: 단계마다 더 크게 지나칩니다. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="331"/>
        <source>A = 0 and B ≠ 0: no X solves 0 × X = B, and the slope is 0, so X never moves.</source>
        <translation>A = 0이고 B ≠ 0: 0 × X = B를 만족하는 X가 없고, 기울기가 0이라 X가 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="333"/>
        <source>The values grew past what float32 can hold (infinity or NaN); the descent was stopped there.</source>
        <translation>값이 float32로 담을 수 없을 만큼 커졌습니다 (무한대나 NaN). 경사 하강을 거기서 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="335"/>
        <source>Not there yet: X is still moving towards {0:g}; add steps.</source>
        <translation>아직 도착하지 않았습니다: X가 아직 {0:g} 쪽으로 가는 중입니다. 단계를 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="346"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="346"/>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="347"/>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="549"/>
        <source>print(loss) before any step: {0}</source>
        <translation>단계 전의 print(loss): {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="574"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="590"/>
        <source>Could not save {0}: {1}</source>
        <translation>{0}을(를) 저장하지 못했습니다: {1}</translation>
    </message>
</context>
<context>
    <name>TensorsPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="70"/>
        <source>Tensors</source>
        <translation>텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="73"/>
        <source>Describe (Enter)</source>
        <translation>살펴보기 (Enter)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="74"/>
        <source>A TensorFlow expression (tf and np are imported):</source>
        <translation>TensorFlow 식 (tf와 np는 이미 import되어 있습니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="65"/>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="75"/>
        <source>Examples</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="76"/>
        <source>Dtype lessons</source>
        <translation>dtype 배우기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="64"/>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="77"/>
        <source>The tensor</source>
        <translation>텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="66"/>
        <source>Lesson</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="78"/>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="78"/>
        <source>shape</source>
        <translation>shape</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="78"/>
        <source>rank</source>
        <translation>랭크</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="79"/>
        <source>size in bytes</source>
        <translation>크기(바이트)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="79"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="80"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="83"/>
        <source>float16 rounding</source>
        <translation>float16 반올림</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="84"/>
        <source>int8 overflow on cast</source>
        <translation>int8로 바꿀 때 넘침</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="85"/>
        <source>a string tensor</source>
        <translation>문자열 텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="86"/>
        <source>tf.cast drops the fraction</source>
        <translation>tf.cast는 소수점 아래를 버림</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="91"/>
        <source>&lt;h3&gt;A tensor is an N-dimensional array&lt;/h3&gt;&lt;p&gt;Every &lt;code&gt;tf.Tensor&lt;/code&gt; has a &lt;b&gt;dtype&lt;/b&gt; (string, float32, float16, int8, …), a &lt;b&gt;shape&lt;/b&gt; (the size of each dimension) and a &lt;b&gt;rank&lt;/b&gt; (how many dimensions it has).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;rank 0: a number&lt;/li&gt;&lt;li&gt;rank 1: a row&lt;/li&gt;&lt;li&gt;rank 2: a grid&lt;/li&gt;&lt;li&gt;rank 3: a stack of grids, like an image with colour channels&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A &lt;code&gt;tf.TensorSpec&lt;/code&gt; describes a tensor without values; a dimension written &lt;code&gt;None&lt;/code&gt; is not known in advance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;텐서는 N차원 배열입니다&lt;/h3&gt;&lt;p&gt;모든 &lt;code&gt;tf.Tensor&lt;/code&gt;에는 &lt;b&gt;dtype&lt;/b&gt;(string, float32, float16, int8, …), &lt;b&gt;shape&lt;/b&gt;(각 차원의 크기), &lt;b&gt;rank&lt;/b&gt;(차원의 수)가 있습니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;랭크 0: 숫자 하나&lt;/li&gt;&lt;li&gt;랭크 1: 한 줄&lt;/li&gt;&lt;li&gt;랭크 2: 격자&lt;/li&gt;&lt;li&gt;랭크 3: 격자의 묶음, 색 채널이 있는 이미지처럼&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;code&gt;tf.TensorSpec&lt;/code&gt;은 값 없이 텐서를 설명합니다. &lt;code&gt;None&lt;/code&gt;으로 적은 차원은 미리 알 수 없는 차원입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="130"/>
        <source>Evaluating {0}…</source>
        <translation>{0} 계산 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="138"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="139"/>
        <source>no values (a spec)</source>
        <translation>값 없음 (spec)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="141"/>
        <source>tf.Tensor (values)</source>
        <translation>tf.Tensor (값 있음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="141"/>
        <source>tf.Variable</source>
        <translation>tf.Variable</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="142"/>
        <source>tf.TensorSpec (a description, no values)</source>
        <translation>tf.TensorSpec (설명만, 값 없음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="147"/>
        <source>Some dimensions are unknown (None): the shape is only partially known. An image whose height and width are not known in advance has the shape (None, None, 3).</source>
        <translation>일부 차원을 모릅니다 (None): shape를 일부만 압니다. 높이와 너비를 미리 알 수 없는 이미지의 shape는 (None, None, 3)입니다.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="300"/>
        <source>Training and callbacks</source>
        <translation>학습과 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="303"/>
        <source>8×8 handwritten digits (UCI)</source>
        <translation>8×8 손글씨 숫자 (UCI)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="303"/>
        <source>2-D spiral</source>
        <translation>2차원 나선</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="304"/>
        <source>2-D circles</source>
        <translation>2차원 원</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="304"/>
        <source>2-D XOR</source>
        <translation>2차원 XOR</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="305"/>
        <source>2-D gaussian blobs</source>
        <translation>2차원 가우스 덩어리</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="305"/>
        <source>Open a .npz (x, y)…</source>
        <translation>.npz 열기 (x, y)…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="306"/>
        <source>Open a folder of images…</source>
        <translation>이미지 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="310"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="310"/>
        <source>Noise (2-D)</source>
        <translation>잡음 (2차원)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="310"/>
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="311"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="311"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="311"/>
        <source>Optimiser</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="312"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="335"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="314"/>
        <source>Data and training</source>
        <translation>데이터와 학습</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="315"/>
        <source>Predictions on validation samples after training (✓ right; ≠ then the true class):</source>
        <translation>학습 후 검증 샘플의 예측(✓ 맞음, ≠ 뒤는 실제 클래스):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="317"/>
        <source>Callbacks passed to fit()</source>
        <translation>fit()에 넘기는 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="318"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="319"/>
        <source>patience</source>
        <translation>patience</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="318"/>
        <source>min_delta</source>
        <translation>min_delta</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="319"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="320"/>
        <source>min_lr</source>
        <translation>min_lr</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="322"/>
        <source>my own callback</source>
        <translation>내 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="323"/>
        <source>my own callback (the Custom tab)</source>
        <translation>내 콜백 (사용자 콜백 탭)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="324"/>
        <source>Where CSVLogger writes one row per epoch</source>
        <translation>CSVLogger가 에포크마다 한 줄씩 쓰는 곳</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="325"/>
        <source>A one-line Python expression of epoch and lr</source>
        <translation>epoch와 lr로 된 한 줄짜리 파이썬 식</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="326"/>
        <source>Start (F5)</source>
        <translation>시작 (F5)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="327"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="328"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="329"/>
        <source>Stop (Esc)</source>
        <translation>멈춤 (Esc)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="330"/>
        <source>Open the CSV log</source>
        <translation>CSV 기록 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="331"/>
        <source>Smoothing</source>
        <translation>부드럽게</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="332"/>
        <source>loss (each batch)</source>
        <translation>손실 (배치마다)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="333"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="334"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="336"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="493"/>
        <source>{0} files could not be read and were skipped: {1}</source>
        <translation>파일 {0}개를 읽을 수 없어 건너뛰었습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="586"/>
        <source>The loss became NaN at batch {0}: TerminateOnNaN stopped training. Try a lower learning rate; the curves so far are kept.</source>
        <translation>배치 {0}에서 손실이 NaN이 되어 TerminateOnNaN이 훈련을 멈췄습니다. 학습률을 낮춰 보세요. 지금까지의 곡선은 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="588"/>
        <source>The loss became NaN at batch {0} and training went on (TerminateOnNaN is off): every weight is NaN from there. Try a lower learning rate.</source>
        <translation>배치 {0}에서 손실이 NaN이 되었는데 훈련이 계속되었습니다 (TerminateOnNaN 꺼짐): 그 뒤로 모든 가중치가 NaN입니다. 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="641"/>
        <source>NaN loss from here on</source>
        <translation>여기부터 손실이 NaN</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="716"/>
        <source>{0}% · {1:.0f} s left</source>
        <translation>{0}% · {1:.0f}초 남음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="293"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="294"/>
        <source>Lesson</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="295"/>
        <source>Custom callback</source>
        <translation>사용자 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="296"/>
        <source>The bridge (a custom callback)</source>
        <translation>브리지 (사용자 콜백의 예)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="297"/>
        <source>Log</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="338"/>
        <source>&lt;h3&gt;Callbacks&lt;/h3&gt;&lt;p&gt;Callbacks are objects passed to &lt;code&gt;fit()&lt;/code&gt; that act during training.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CSVLogger&lt;/b&gt; writes each epoch&apos;s loss and metrics to a CSV file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EarlyStopping&lt;/b&gt; stops when the monitored loss or metric stops improving for &lt;i&gt;patience&lt;/i&gt; epochs: a guard against overfitting. With restore_best_weights it goes back to the best epoch&apos;s weights.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LearningRateScheduler&lt;/b&gt; sets the learning rate at each epoch from a schedule.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ReduceLROnPlateau&lt;/b&gt; lowers the learning rate when the monitored value stops improving.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TerminateOnNaN&lt;/b&gt; stops as soon as the loss becomes NaN.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your own callback subclasses &lt;code&gt;tf.keras.callbacks.Callback&lt;/code&gt; and overrides methods such as &lt;code&gt;on_epoch_end&lt;/code&gt;. The curves here come from such a callback: see the Bridge tab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;콜백&lt;/h3&gt;&lt;p&gt;콜백은 &lt;code&gt;fit()&lt;/code&gt;에 넘겨 학습 중에 동작하는 객체입니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CSVLogger&lt;/b&gt;는 에포크마다 손실과 지표를 CSV 파일에 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EarlyStopping&lt;/b&gt;은 지켜보는 손실이나 지표가 &lt;i&gt;patience&lt;/i&gt; 에포크 동안 나아지지 않으면 학습을 멈춥니다: 과적합을 막습니다. restore_best_weights를 켜면 가장 좋았던 에포크의 가중치로 돌아갑니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LearningRateScheduler&lt;/b&gt;는 일정에 따라 에포크마다 학습률을 정합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ReduceLROnPlateau&lt;/b&gt;는 지켜보는 값이 나아지지 않으면 학습률을 낮춥니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TerminateOnNaN&lt;/b&gt;은 손실이 NaN이 되면 바로 멈춥니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;내 콜백은 &lt;code&gt;tf.keras.callbacks.Callback&lt;/code&gt;을 상속하고 &lt;code&gt;on_epoch_end&lt;/code&gt; 같은 메서드를 재정의합니다. 여기 곡선도 그런 콜백에서 옵니다: 브리지 탭을 보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="389"/>
        <source>(The source code is not part of this build.)</source>
        <translation>(이 빌드에는 소스 코드가 들어 있지 않습니다.)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="428"/>
        <source>Open a dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="432"/>
        <source>A folder with one sub-folder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="475"/>
        <source>Preparing the data…</source>
        <translation>데이터를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="521"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="529"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="610"/>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="532"/>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="570"/>
        <source>Trained {0} epochs in {1:.1f} s.</source>
        <translation>{0} 에포크를 {1:.1f}초 동안 학습했습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="572"/>
        <source>Stopped by you after {0} epochs.</source>
        <translation>{0} 에포크 뒤에 사용자가 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="593"/>
        <source>Stopped. The curves so far are kept.</source>
        <translation>멈췄습니다. 지금까지의 곡선은 남겨 둡니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="650"/>
        <source>Starting the training process (TensorFlow loads once)…</source>
        <translation>학습 프로세스를 시작하는 중(TensorFlow는 한 번만 불러옵니다)…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="651"/>
        <source>starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="653"/>
        <source>(The training process could not start: training in the app&apos;s own process instead.)</source>
        <translation>(학습 프로세스를 시작하지 못해 앱 자체 프로세스에서 학습합니다.)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="629"/>
        <source>lr → {0:.3g} ({1})</source>
        <translation>lr → {0:.3g} ({1})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="632"/>
        <source>EarlyStopping: stopped after epoch {0}</source>
        <translation>EarlyStopping: {0} 에포크 뒤 멈춤</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="634"/>
        <source>, restored epoch {0}&apos;s weights</source>
        <translation>, {0} 에포크의 가중치로 복원</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="640"/>
        <source>NaN loss: TerminateOnNaN stopped training</source>
        <translation>손실 NaN: TerminateOnNaN이 학습을 멈춤</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../tfvisual/core/data.py" line="38"/>
        <source>x has {n} samples but y has {m}: they must match</source>
        <translation>x에는 샘플이 {n}개, y에는 {m}개 있습니다: 개수가 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="41"/>
        <source>a dataset needs at least two samples</source>
        <translation>데이터셋에는 샘플이 두 개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="43"/>
        <source>labels (y) must be whole numbers from 0</source>
        <translation>레이블(y)은 0부터 시작하는 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="45"/>
        <source>the validation share must be at least 0 and below 1</source>
        <translation>검증 데이터 비율은 0 이상 1 미만이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="48"/>
        <source>x holds NaN or infinite values</source>
        <translation>x에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="66"/>
        <source>unknown 2-D set {kind}</source>
        <translation>알 수 없는 2차원 데이터셋 {kind}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="68"/>
        <source>choose between 10 and 200000 points</source>
        <translation>점의 개수는 10에서 200000 사이로 고르세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="98"/>
        <source>{name} must hold two arrays named x and y (it holds {names})</source>
        <translation>{name}에는 x와 y라는 두 배열이 있어야 합니다 (지금 있는 것: {names})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="105"/>
        <source>{name} is not a NumPy .npz archive (make one with np.savez(path, x=..., y=...))</source>
        <translation>{name}은(는) NumPy .npz 묶음이 아닙니다 (np.savez(path, x=..., y=...)로 만드세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="109"/>
        <source>{name} is not a readable .npz file: {why}</source>
        <translation>{name}은(는) 읽을 수 있는 .npz 파일이 아닙니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="112"/>
        <source>x must be numbers and y whole-number labels</source>
        <translation>x는 숫자, y는 정수 레이블이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="124"/>
        <source>{name} needs one sub-folder per class, at least two</source>
        <translation>{name}에는 클래스마다 하위 폴더가 하나씩, 두 개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="130"/>
        <source>no images ({kinds}) found in {name}</source>
        <translation>{name}에서 이미지({kinds})를 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="145"/>
        <source>could not read the images in {name}</source>
        <translation>{name}의 이미지를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="221"/>
        <source>the distributed step&apos;s process ended without an answer (exit code {code})</source>
        <translation>분산 단계의 프로세스가 답 없이 끝났습니다 (종료 코드 {code})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="225"/>
        <source>the distributed step did not finish in 10 minutes</source>
        <translation>분산 단계가 10분 안에 끝나지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="243"/>
        <source>the distributed step failed: {why}</source>
        <translation>분산 단계가 실패했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="268"/>
        <source>the batch of {batch} does not split evenly over {n} replicas</source>
        <translation>배치 {batch}개를 복제본 {n}개에 똑같이 나눌 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/execution.py" line="51"/>
        <source>session.run failed: {why}</source>
        <translation>session.run 실패: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="278"/>
        <source>unknown dtype {dtype}; try float32, int32, bool or string</source>
        <translation>알 수 없는 dtype {dtype}: float32, int32, bool, string 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="285"/>
        <source>bad shape {shape}: use numbers and None, e.g. (None, 3)</source>
        <translation>잘못된 shape {shape}: 숫자와 None을 쓰세요. 예: (None, 3)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="311"/>
        <source>define a function with def, e.g. def compute(a, b, c): ...</source>
        <translation>def로 함수를 정의하세요. 예: def compute(a, b, c): ...</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="329"/>
        <source>tracing failed: {why}</source>
        <translation>추적 실패: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="333"/>
        <source>the function returns no tensor: return at least one value</source>
        <translation>함수가 텐서를 반환하지 않습니다: 값을 하나 이상 반환하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="469"/>
        <source>AutoGraph could not convert: {why}</source>
        <translation>AutoGraph가 변환하지 못했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="30"/>
        <source>the input shape needs positive whole numbers, e.g. (8, 8)</source>
        <translation>입력 shape는 양의 정수여야 합니다. 예: (8, 8)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="33"/>
        <source>the number of classes must be between 1 and 10000</source>
        <translation>클래스 수는 1에서 10000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="37"/>
        <source>a Dense layer needs between 1 and 100000 units</source>
        <translation>Dense 층의 유닛 수는 1에서 100000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="40"/>
        <source>unknown activation {name}</source>
        <translation>알 수 없는 활성화 함수 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="43"/>
        <source>a dropout rate must be at least 0 and below 1</source>
        <translation>드롭아웃 비율은 0 이상 1 미만이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="213"/>
        <source>unknown architecture {name}</source>
        <translation>알 수 없는 구조 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="290"/>
        <source>a whole model is saved to a file ending in .keras</source>
        <translation>모델 전체는 .keras로 끝나는 파일에 저장합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="295"/>
        <location filename="../../tfvisual/core/models.py" line="308"/>
        <source>cannot write {path}: {why}</source>
        <translation>{path}에 쓸 수 없습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="303"/>
        <source>weights are saved to a file ending in .weights.h5</source>
        <translation>가중치는 .weights.h5로 끝나는 파일에 저장합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="323"/>
        <source>{path} does not exist</source>
        <translation>{path}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="325"/>
        <source>{name} is a folder: open a SavedModel folder with &quot;Open a SavedModel folder&quot;</source>
        <translation>{name}은(는) 폴더입니다. SavedModel 폴더는 &quot;SavedModel 폴더 열기&quot;로 여세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="329"/>
        <source>{name} holds weights only, not a model: build the model, then use load_weights()</source>
        <translation>{name}에는 모델이 아니라 가중치만 있습니다. 모델을 만든 뒤 load_weights()를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="333"/>
        <source>{name} is not a .keras model file (save one with model.save)</source>
        <translation>{name}은(는) .keras 모델 파일이 아닙니다 (model.save로 저장하세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="339"/>
        <source>{name} is damaged or not a Keras model: it is not an HDF5 file</source>
        <translation>{name}은(는) 손상되었거나 Keras 모델이 아닙니다: HDF5 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="343"/>
        <source>{name} is damaged or not a Keras model: it is not a .keras archive</source>
        <translation>{name}은(는) 손상되었거나 Keras 모델이 아닙니다: .keras 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="348"/>
        <source>{name} would need about {gib:.1f} GiB for its weights ({layer} alone asks for {params:,} parameters); tfvisual does not open models this big</source>
        <translation>{name}은(는) 가중치에만 약 {gib:.1f} GiB가 필요합니다 ({layer} 하나가 매개변수 {params:,}개를 요구): tfvisual은 이렇게 큰 모델을 열지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="382"/>
        <source>{name} is not a SavedModel folder: it has no saved_model.pb</source>
        <translation>{name}은(는) SavedModel 폴더가 아닙니다: saved_model.pb가 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="388"/>
        <source>{name} is damaged or not a SavedModel: {why}</source>
        <translation>{name}은(는) 손상되었거나 SavedModel이 아닙니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="392"/>
        <source>{name} has no signatures to draw (save it with a signature, e.g. model.export())</source>
        <translation>{name}에는 그릴 시그니처가 없습니다 (시그니처와 함께 저장하세요. 예: model.export())</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="484"/>
        <source>{name} needs {cls}, a custom class or function from the code that saved it; tfvisual does not run code from files, so it cannot rebuild this model</source>
        <translation>{name}에는 저장한 코드의 사용자 정의 클래스나 함수인 {cls}이(가) 필요합니다. tfvisual은 파일의 코드를 실행하지 않으므로 이 모델을 다시 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="489"/>
        <source>{name} contains Python code (a Lambda layer); tfvisual loads models in Keras safe mode and will not run code from a file</source>
        <translation>{name}에 파이썬 코드(Lambda 층)가 들어 있습니다. tfvisual은 Keras 안전 모드로 모델을 불러오며 파일 속 코드를 실행하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="498"/>
        <source>{name} could not be loaded: {why}</source>
        <translation>{name}을(를) 불러오지 못했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="496"/>
        <source>{name} is damaged or not a Keras model: {why}</source>
        <translation>{name}은(는) 손상되었거나 Keras 모델이 아닙니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="507"/>
        <source>the weights in {name} do not fit this model: {why}</source>
        <translation>{name}의 가중치가 이 모델에 맞지 않습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/snippets.py" line="57"/>
        <source>syntax error: {msg}</source>
        <translation>문법 오류: {msg}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/snippets.py" line="155"/>
        <source>the snippet called exit(): here that only ends the snippet (code {code})</source>
        <translation>코드가 exit()를 불렀습니다: 여기서는 코드 실행만 끝납니다 (코드 {code})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="36"/>
        <source>starting X</source>
        <translation>시작 X</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="37"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="39"/>
        <source>{name} must be a finite number, not {value}</source>
        <translation>{name}은(는) 유한한 숫자여야 합니다 ({value}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="42"/>
        <source>{name} = {value:g} is too large: keep it within ±{most:g}</source>
        <translation>{name} = {value:g}은(는) 너무 큽니다: ±{most:g} 안으로 정하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="46"/>
        <source>the number of steps must be a whole number from 1 to {most}</source>
        <translation>단계 수는 1에서 {most} 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="50"/>
        <source>the learning rate must be greater than 0</source>
        <translation>학습률은 0보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="52"/>
        <source>unknown loss {name}: choose one of {names}</source>
        <translation>알 수 없는 손실 {name}: {names} 중 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tape.py" line="56"/>
        <source>unknown optimiser {name}: choose one of {names}</source>
        <translation>알 수 없는 옵티마이저 {name}: {names} 중 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tensors.py" line="72"/>
        <source>not a tensor: {kind} ({why})</source>
        <translation>텐서가 아닙니다: {kind} ({why})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tensors.py" line="113"/>
        <source>type an expression, for example tf.constant([1, 2, 3])</source>
        <translation>식을 입력하세요. 예: tf.constant([1, 2, 3])</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tensors.py" line="120"/>
        <source>this tensor would take {size:,.0f} MiB, over the limit of {limit:,.0f} MiB; nothing was allocated</source>
        <translation>이 텐서는 {size:,.0f} MiB가 필요해 한도 {limit:,.0f} MiB를 넘습니다. 아무것도 할당하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="159"/>
        <source>epochs must be between 1 and 10000</source>
        <translation>에포크는 1에서 10000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="161"/>
        <source>the batch size must be between 1 and 65536</source>
        <translation>배치 크기는 1에서 65536 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="163"/>
        <source>unknown optimiser {name}</source>
        <translation>알 수 없는 옵티마이저 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="166"/>
        <source>the learning rate must be a positive number</source>
        <translation>학습률은 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="174"/>
        <source>the step schedule needs a step of at least 1 epoch</source>
        <translation>계단식 스케줄의 간격은 1 에포크 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="189"/>
        <source>unknown schedule {name}</source>
        <translation>알 수 없는 스케줄 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="196"/>
        <source>write an expression of epoch and lr, e.g. lr * 0.9</source>
        <translation>epoch와 lr로 된 식을 쓰세요. 예: lr * 0.9</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="206"/>
        <source>the schedule failed at epoch {epoch}: {why}</source>
        <translation>에포크 {epoch}에서 스케줄이 실패했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="210"/>
        <source>the schedule gave lr = {value} at epoch {epoch}; it must be a positive number</source>
        <translation>스케줄이 에포크 {epoch}에서 lr = {value}을(를) 냈습니다. 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="227"/>
        <source>cannot write the CSV log to {path}: {why}</source>
        <translation>CSV 로그를 {path}에 쓸 수 없습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="249"/>
        <source>define a class that subclasses tf.keras.callbacks.Callback</source>
        <translation>tf.keras.callbacks.Callback을 상속하는 클래스를 정의하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="309"/>
        <source>the model expects inputs of shape {model} but the dataset has {data}: rebuild the model for this dataset</source>
        <translation>모델은 shape {model}의 입력을 기대하지만 데이터셋은 {data}입니다: 이 데이터셋에 맞게 모델을 다시 만드세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="315"/>
        <source>the model has {out} outputs but the dataset has {n} classes</source>
        <translation>모델의 출력은 {out}개인데 데이터셋의 클래스는 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="350"/>
        <source>your callback failed: {why}</source>
        <translation>작성한 콜백이 실패했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/i18n.py" line="89"/>
        <source>line {0}: {1}</source>
        <translation>{0}번째 줄: {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="38"/>
        <source>argument {name}: {why}</source>
        <translation>인자 {name}: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/errors.py" line="56"/>
        <source>out of memory: {why}</source>
        <translation>메모리가 부족합니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/errors.py" line="67"/>
        <source>out of GPU memory on {device}: a tensor of shape [{shape}] ({size}) did not fit. Try a smaller size or batch, or choose the CPU in the toolbar.</source>
        <translation>{device}의 GPU 메모리가 부족합니다: 모양 [{shape}]의 텐서({size})가 들어가지 않습니다. 크기나 배치를 줄이거나, 도구 모음에서 CPU를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/errors.py" line="71"/>
        <source>out of memory on {device}: a tensor of shape [{shape}] ({size}) did not fit. Try a smaller size or batch.</source>
        <translation>{device}의 메모리가 부족합니다: 모양 [{shape}]의 텐서({size})가 들어가지 않습니다. 크기나 배치를 줄여 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/trainproc.py" line="179"/>
        <source>the training process did not stop within {s:.0f} s (is there an endless loop in your callback?), so it was ended; the curves so far are kept</source>
        <translation>훈련 프로세스가 {s:.0f}초 안에 멈추지 않아 종료했습니다 (콜백에 끝없는 루프가 있나요?). 지금까지의 곡선은 남아 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="70"/>
        <source>this model could not be run on sample inputs, so its predictions cannot be compared</source>
        <translation>이 모델을 예시 입력으로 실행할 수 없어 예측을 비교할 수 없습니다</translation>
    </message>
</context>
</TS>
