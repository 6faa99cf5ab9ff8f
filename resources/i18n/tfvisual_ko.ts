<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <location filename="../../tfvisual/app.py" line="147"/>
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
        <location filename="../../tfvisual/ui/panels/devices.py" line="169"/>
        <location filename="../../tfvisual/ui/panels/devices.py" line="529"/>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="357"/>
        <source>d = {0}, e = {1}, as on one machine.</source>
        <translation>d = {0}, e = {1}: 컴퓨터 한 대와 같습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="359"/>
        <source>{0} transfers between machines, {1} bytes</source>
        <translation>컴퓨터 사이 전송 {0}번, {1}바이트</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="360"/>
        <source>nothing crosses between machines</source>
        <translation>컴퓨터 사이로 건너가는 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="361"/>
        <source>{0} · a call {1:.2f} ms (one process: {2:.2f} ms)</source>
        <translation>{0} · 호출 한 번 {1:.2f} ms (프로세스 하나: {2:.2f} ms)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="364"/>
        <source>Each transfer is a Send → Recv pair TensorFlow inserted where the graph crosses machines, read from the run&apos;s partitioned graphs.</source>
        <translation>전송마다 그래프가 컴퓨터를 건너가는 곳에 TensorFlow가 넣은 Send → Recv 쌍입니다. 실행의 분할된 그래프에서 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="413"/>
        <source>Step {0}: each worker trains on {1} of the global batch&apos;s {2} examples.</source>
        <translation>단계 {0}: 워커마다 전역 배치의 예제 {2}개 중 {1}개로 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="446"/>
        <source>Step {0}: each worker&apos;s gradient, and the sum all of them apply</source>
        <translation>단계 {0}: 워커마다의 그래디언트와, 모두가 적용하는 그 합</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="495"/>
        <source>Worker {0} stopped: the plug was pulled. The others, waiting for its gradients in the all-reduce, were ended. Resume goes on from the last checkpoint.</source>
        <translation>워커 {0}이(가) 멈췄습니다. 플러그를 뽑았습니다. 올리듀스에서 그 그래디언트를 기다리던 나머지 워커는 끝냈습니다. 이어서 하면 마지막 체크포인트부터 계속합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="532"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="532"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="532"/>
        <source>details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="533"/>
        <source>Op placement</source>
        <translation>연산 배정</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="534"/>
        <source>CPU vs GPU timing</source>
        <translation>CPU와 GPU 시간 비교</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="170"/>
        <source>Distribution</source>
        <translation>분산</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="171"/>
        <source>Across machines</source>
        <translation>여러 컴퓨터에서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="172"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="258"/>
        <source>Starting {0} TensorFlow servers…</source>
        <translation>TensorFlow 서버 {0}개를 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="269"/>
        <source>The cluster could not start: {0}</source>
        <translation>클러스터를 시작하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="281"/>
        <source>Stopping the cluster…</source>
        <translation>클러스터를 멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="287"/>
        <source>Stop the cluster</source>
        <translation>클러스터 멈추기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="288"/>
        <source>Start the cluster</source>
        <translation>클러스터 시작</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="300"/>
        <location filename="../../tfvisual/ui/panels/devices.py" line="310"/>
        <location filename="../../tfvisual/ui/panels/devices.py" line="340"/>
        <source>machine {0}</source>
        <translation>컴퓨터 {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="305"/>
        <source>Start TensorFlow servers, one process each: machines that talk over gRPC as a lab&apos;s computers do. Or type the addresses of servers on real machines.</source>
        <translation>TensorFlow 서버를 프로세스 하나에 하나씩 시작합니다. 실습실의 컴퓨터들처럼 gRPC로 서로 이야기하는 컴퓨터들입니다. 실제 컴퓨터에 있는 서버의 주소를 입력해도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="316"/>
        <source>In a network of their own: only this app reaches them, and they are gone when it stops.</source>
        <translation>자기만의 네트워크 안에 있습니다. 이 앱만 닿을 수 있고, 멈추면 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="319"/>
        <source>Listening on every network interface, as TensorFlow&apos;s servers do (this system gave no private network: {0}).</source>
        <translation>TensorFlow 서버가 원래 그러듯 모든 네트워크 인터페이스에서 기다립니다(이 시스템은 별도 네트워크를 주지 않았습니다: {0}).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="323"/>
        <source>Servers on the machines you typed.</source>
        <translation>입력한 컴퓨터들의 서버입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="324"/>
        <source>{0} machines running. {1}</source>
        <translation>컴퓨터 {0}대가 실행 중입니다. {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="333"/>
        <source>Running compute across the machines…</source>
        <translation>여러 컴퓨터에서 compute를 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="341"/>
        <source>this app</source>
        <translation>이 앱</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="358"/>
        <source>The machines&apos; values differ from one machine&apos;s.</source>
        <translation>여러 컴퓨터의 값이 한 대의 값과 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="382"/>
        <source>Starting {0} worker processes…</source>
        <translation>워커 프로세스 {0}개를 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="386"/>
        <source>Training on {0} workers…</source>
        <translation>워커 {0}개에서 훈련하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="402"/>
        <source>Resumed from the checkpoint after epoch {0}.</source>
        <translation>에포크 {0} 뒤의 체크포인트에서 이어서 합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="440"/>
        <location filename="../../tfvisual/ui/panels/devices.py" line="477"/>
        <source>worker {0}</source>
        <translation>워커 {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="441"/>
        <source>all-reduced</source>
        <translation>올리듀스 결과</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="502"/>
        <source>{0} workers, {1} steps, {2:.0f} examples/s. {3}</source>
        <translation>워커 {0}개, {1}단계, 초당 예제 {2:.0f}개. {3}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="504"/>
        <source>Every worker ends with the same weights.</source>
        <translation>모든 워커가 같은 가중치로 끝납니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="505"/>
        <source>The workers&apos; weights differ.</source>
        <translation>워커들의 가중치가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="535"/>
        <source>A small tf.function run on the device chosen in the toolbar; each op coloured by the device TensorFlow placed it on, read from the run&apos;s partitioned graphs.</source>
        <translation>도구 모음에서 고른 장치로 실행한 작은 tf.function입니다. 연산마다 TensorFlow가 배정한 장치의 색을 칠합니다(실행의 분할 그래프에서 읽음).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="539"/>
        <source>Time a matrix multiply on each device</source>
        <translation>장치마다 행렬 곱셈 시간 재기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="540"/>
        <source>n × n matmul, median of 7 runs</source>
        <translation>n × n 행렬 곱셈, 7회 실행의 중앙값</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="542"/>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="543"/>
        <source>logical CPUs</source>
        <translation>논리 CPU 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="544"/>
        <source>Run one step under MirroredStrategy</source>
        <translation>MirroredStrategy로 한 단계 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="546"/>
        <source>The CPU is split into several logical devices (this must happen before TensorFlow sets up its devices, so unless tfvisual started with that many, the step runs in a fresh process). MirroredStrategy copies the model to each, gives each a slice of the batch, and all-reduces the gradients. The same code runs across machines with MultiWorkerMirroredStrategy.</source>
        <translation>CPU를 여러 개의 논리 장치로 나눕니다(TensorFlow가 장치를 준비하기 전에 해야 하므로, tfvisual이 그 수만큼 나눈 채로 시작하지 않았다면 이 단계는 새 프로세스에서 실행됩니다). MirroredStrategy는 모델을 각 장치에 복사하고, 배치를 나누어 주고, 그래디언트를 all-reduce로 합칩니다. 같은 코드가 MultiWorkerMirroredStrategy로 여러 컴퓨터에서도 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="551"/>
        <source>Graph across machines</source>
        <translation>여러 컴퓨터의 그래프</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="552"/>
        <source>Loss per worker</source>
        <translation>워커별 손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="553"/>
        <source>All-reduce</source>
        <translation>올리듀스</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="554"/>
        <source>gradient norm</source>
        <translation>그래디언트 노름</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="555"/>
        <source>loss per worker, each step</source>
        <translation>워커별 손실, 단계마다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="557"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="558"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="559"/>
        <source>machines</source>
        <translation>컴퓨터 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="560"/>
        <source>Or servers on other machines (host:port, comma between):</source>
        <translation>또는 다른 컴퓨터의 서버(host:port, 쉼표로 구분):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="562"/>
        <source>machine</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="562"/>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="563"/>
        <source>devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="564"/>
        <source>a * b on</source>
        <translation>a * b 실행:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="565"/>
        <source>+ c on</source>
        <translation>+ c 실행:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="566"/>
        <source>Run compute across the machines</source>
        <translation>여러 컴퓨터에서 compute 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="567"/>
        <source>workers</source>
        <translation>워커 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="568"/>
        <source>Train on the workers</source>
        <translation>워커들에서 훈련</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="569"/>
        <source>Resume from the checkpoint</source>
        <translation>체크포인트에서 이어서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="570"/>
        <source>Pull the plug on the last worker</source>
        <translation>마지막 워커의 플러그 뽑기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="573"/>
        <source>At start, split the CPU into</source>
        <translation>시작할 때 CPU를 나눌 논리 장치 수:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="574"/>
        <source> logical devices</source>
        <translation>개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="577"/>
        <source>&lt;h3&gt;Devices&lt;/h3&gt;&lt;p&gt;A graph lets TensorFlow run some operations on the CPU and the rest on a GPU, and spread a model over several devices or machines.&lt;/p&gt;&lt;p&gt;The toolbar&apos;s device selector wraps every panel&apos;s work in &lt;code&gt;tf.device(...)&lt;/code&gt;, so it can change at any time without restarting TensorFlow.&lt;/p&gt;&lt;h3&gt;Across machines&lt;/h3&gt;&lt;p&gt;For a distributed model, different parts of the graph run on different computers. Across machines starts real TensorFlow servers (one process each, talking gRPC as a lab&apos;s computers do) and runs compute with its ops on the machines you choose: TensorFlow cuts the graph where it crosses machines and puts a Send on one side and a Recv on the other.&lt;/p&gt;&lt;p&gt;Training over several workers uses MultiWorkerMirroredStrategy: each worker trains on its share of the global batch, and the gradients are all-reduced, so every worker keeps the same weights. Keras 3&apos;s &lt;code&gt;fit()&lt;/code&gt; does not run under this strategy ({0}), so the workers run a custom loop: &lt;code&gt;strategy.run&lt;/code&gt; around a &lt;code&gt;GradientTape&lt;/code&gt; step, with the loss divided by the global batch (&lt;code&gt;tf.nn.compute_average_loss&lt;/code&gt;).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;장치&lt;/h3&gt;&lt;p&gt;그래프가 있으면 TensorFlow는 일부 연산은 CPU에서, 나머지는 GPU에서 실행하고, 모델을 여러 장치나 컴퓨터에 나눌 수 있습니다.&lt;/p&gt;&lt;p&gt;도구 모음의 장치 선택은 모든 패널의 작업을 &lt;code&gt;tf.device(...)&lt;/code&gt;로 감쌉니다. 그래서 TensorFlow를 다시 시작하지 않고 언제든 바꿀 수 있습니다.&lt;/p&gt;&lt;h3&gt;여러 컴퓨터에서&lt;/h3&gt;&lt;p&gt;분산 모델에서는 그래프의 여러 부분이 서로 다른 컴퓨터에서 실행됩니다. 여러 컴퓨터에서 탭은 실제 TensorFlow 서버를 시작하고(프로세스 하나에 하나씩, 실습실의 컴퓨터들처럼 gRPC로 통신), compute의 연산을 고른 컴퓨터에서 실행합니다. TensorFlow는 그래프가 컴퓨터를 건너가는 곳을 자르고, 한쪽에 Send를, 다른 쪽에 Recv를 넣습니다.&lt;/p&gt;&lt;p&gt;여러 워커에서의 훈련에는 MultiWorkerMirroredStrategy를 씁니다. 워커마다 전역 배치에서 자기 몫으로 훈련하고, 그래디언트를 올리듀스(all-reduce)하므로 모든 워커가 같은 가중치를 유지합니다. Keras 3의 &lt;code&gt;fit()&lt;/code&gt;은 이 전략에서 실행되지 않으므로({0}) 워커는 맞춤형 루프를 실행합니다. &lt;code&gt;GradientTape&lt;/code&gt; 단계를 &lt;code&gt;strategy.run&lt;/code&gt;으로 감싸고, 손실을 전역 배치 크기로 나눕니다(&lt;code&gt;tf.nn.compute_average_loss&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="627"/>
        <source>Listing devices…</source>
        <translation>장치 목록을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="648"/>
        <source>physical device</source>
        <translation>물리 장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="652"/>
        <source>No GPU: {0}</source>
        <translation>GPU 없음: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="658"/>
        <source>host memory</source>
        <translation>호스트 메모리</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="659"/>
        <source>memory in use</source>
        <translation>사용 중인 메모리</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="660"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="661"/>
        <source>compute capability</source>
        <translation>연산 능력(compute capability)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="671"/>
        <source>Timing matrix multiplies…</source>
        <translation>행렬 곱셈 시간을 재는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="708"/>
        <source>Now: {0} logical CPU device(s).</source>
        <translation>지금: 논리 CPU 장치 {0}개.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="710"/>
        <source>Now: {0} logical CPU device(s). Restart tfvisual to have {1}: TensorFlow sets up its devices once.</source>
        <translation>지금: 논리 CPU 장치 {0}개. {1}개로 하려면 tfvisual을 다시 시작하세요. TensorFlow는 장치를 한 번만 준비합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="716"/>
        <source>Running MirroredStrategy…</source>
        <translation>MirroredStrategy 실행 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="729"/>
        <source>{0}: batch of {1}, gradient {2}</source>
        <translation>{0}: 크기 {1}인 배치, 그래디언트 {2}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="733"/>
        <source>all-reduced (sum): {0}</source>
        <translation>all-reduce 결과(합): {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="734"/>
        <source>one device, whole batch: {0}</source>
        <translation>장치 하나, 배치 전체: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="736"/>
        <source>The same gradient.</source>
        <translation>같은 그래디언트입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/devices.py" line="736"/>
        <source>They differ.</source>
        <translation>서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>ExecutionPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="80"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="81"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="82"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="86"/>
        <source>Eager and lazy</source>
        <translation>조급한 실행과 느긋한 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="89"/>
        <source>Edit the snippet, then run it both ways (tf is imported):</source>
        <translation>코드를 고친 뒤 두 방식으로 실행하세요 (tf는 이미 import되어 있습니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="91"/>
        <source>Run both ways (F5)</source>
        <translation>두 방식으로 실행 (F5)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="92"/>
        <source>Step through (F10)</source>
        <translation>한 줄씩 실행 (F10)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="93"/>
        <source>Stop (Esc)</source>
        <translation>멈춤 (Esc)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="94"/>
        <source>Eager (TF2): values at once</source>
        <translation>조급한 실행 (TF2): 값이 바로 나옴</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="95"/>
        <source>Lazy (TF1 graph): symbols, then a session</source>
        <translation>느긋한 실행 (TF1 그래프): 기호, 그다음 세션</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="96"/>
        <source>The TF1 graph the lazy run builds: nothing in it is computed until a session runs it.</source>
        <translation>지연 실행이 만드는 TF1 그래프: 세션이 실행하기 전에는 아무것도 계산되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="99"/>
        <source>&lt;b&gt;Why graphs?&lt;/b&gt;&lt;br&gt;1. Some operations on the CPU, the rest on the GPU: &lt;a href=&apos;devices&apos;&gt;Devices&lt;/a&gt;&lt;br&gt;2. Parts of a distributed model on different machines: &lt;a href=&apos;devices&apos;&gt;Distribution&lt;/a&gt;&lt;br&gt;3. The graph optimised to skip needless operations: &lt;a href=&apos;graphs&apos;&gt;Graphs and Grappler&lt;/a&gt;</source>
        <translation>&lt;b&gt;왜 그래프일까요?&lt;/b&gt;&lt;br&gt;1. 일부 연산은 CPU, 나머지는 GPU에서: &lt;a href=&apos;devices&apos;&gt;장치&lt;/a&gt;&lt;br&gt;2. 분산 모델의 부분을 여러 컴퓨터에서: &lt;a href=&apos;devices&apos;&gt;분산&lt;/a&gt;&lt;br&gt;3. 불필요한 연산을 건너뛰도록 그래프 최적화: &lt;a href=&apos;graphs&apos;&gt;그래프와 Grappler&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="104"/>
        <source>&lt;h3&gt;Eager (TF2)&lt;/h3&gt;&lt;p&gt;Each line runs as soon as Python reaches it: &lt;code&gt;print(c)&lt;/code&gt; shows the values &lt;code&gt;[1 2 4]&lt;/code&gt;.&lt;/p&gt;&lt;h3&gt;Lazy (TF1)&lt;/h3&gt;&lt;p&gt;Each line only adds an operation to a graph: &lt;code&gt;print(c)&lt;/code&gt; shows a symbol, &lt;code&gt;Tensor(&quot;Add:0&quot;, …)&lt;/code&gt;. The values exist only when a &lt;code&gt;Session&lt;/code&gt; runs the graph.&lt;/p&gt;&lt;p&gt;The graph lets TensorFlow place, distribute and optimise the work before running it; eager code is easier to write and debug.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;조급한 실행(즉시 실행, TF2)&lt;/h3&gt;&lt;p&gt;파이썬이 줄에 닿는 즉시 실행됩니다: &lt;code&gt;print(c)&lt;/code&gt;는 값 &lt;code&gt;[1 2 4]&lt;/code&gt;를 보여 줍니다.&lt;/p&gt;&lt;h3&gt;느긋한 실행(지연 실행, TF1)&lt;/h3&gt;&lt;p&gt;각 줄은 그래프에 연산을 더할 뿐입니다: &lt;code&gt;print(c)&lt;/code&gt;는 기호 &lt;code&gt;Tensor(&quot;Add:0&quot;, …)&lt;/code&gt;를 보여 줍니다. 값은 &lt;code&gt;Session&lt;/code&gt;이 그래프를 실행할 때에야 생깁니다.&lt;/p&gt;&lt;p&gt;그래프가 있으면 TensorFlow가 실행 전에 작업을 장치에 배정하고, 분산하고, 최적화할 수 있습니다. 조급한 실행 코드는 쓰기와 디버깅이 더 쉽습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="147"/>
        <source>Running the snippet eagerly and lazily…</source>
        <translation>코드를 즉시 실행과 지연 실행으로 돌리는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="161"/>
        <source>Graph mode (TF1) cannot run this code: {0}</source>
        <translation>그래프 모드(TF1, 느긋한 실행)로는 이 코드를 실행할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="163"/>
        <source>It runs eagerly; in a TF1 graph it fails: {0}</source>
        <translation>조급한 실행으로는 돌아가지만, TF1 그래프에서는 실패합니다: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="171"/>
        <source>— after session.run —</source>
        <translation>— session.run 후 —</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="182"/>
        <source>(nothing printed)</source>
        <translation>(출력 없음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="184"/>
        <source>Eager: {0}</source>
        <translation>조급한 실행: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="186"/>
        <source>Lazy: {0}</source>
        <translation>느긋한 실행: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="191"/>
        <source>… {0} more characters</source>
        <translation>… 글자 {0}개 더 있음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="194"/>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="214"/>
        <source>Preparing the step-through…</source>
        <translation>한 줄씩 실행을 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="232"/>
        <source>no new node</source>
        <translation>새 노드 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/execution.py" line="240"/>
        <source>Nothing has been computed yet: press Run to run the graph in a session.</source>
        <translation>아직 아무것도 계산되지 않았습니다: 실행을 눌러 세션에서 그래프를 실행하세요.</translation>
    </message>
</context>
<context>
    <name>ExercisePane</name>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="208"/>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="273"/>
        <source>◀&#xa0;Previous</source>
        <translation>◀&#xa0;이전</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="209"/>
        <source>Previous exercise (Shift+F8)</source>
        <translation>이전 연습 (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="210"/>
        <source>Hint</source>
        <translation>힌트</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="211"/>
        <source>Show me where</source>
        <translation>어디인지 보기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="212"/>
        <source>Bring the control this exercise is about into view</source>
        <translation>이 연습과 관련된 입력 칸을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="213"/>
        <source>Goal across the top</source>
        <translation>목표를 위에 크게</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="214"/>
        <source>Show the goal in large type across the whole window, for a class (F7)</source>
        <translation>수업용으로 목표를 창 전체 폭에 큰 글씨로 보여 줍니다 (F7)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="230"/>
        <source>easy</source>
        <translation>쉬움</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="230"/>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="230"/>
        <source>hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="231"/>
        <source>Exercise {0} of {1} · {2} · {3} of {1} done</source>
        <translation>연습 {0}/{1} · {2} · {1}개 중 {3}개 완료</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="237"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="238"/>
        <source>Exercise {0}</source>
        <translation>연습 {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="239"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="251"/>
        <source>✓ Passed: {0}</source>
        <translation>✓ 통과: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="253"/>
        <source>Measured: {0}</source>
        <translation>측정값: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="257"/>
        <source>Not yet. Measured: {0}</source>
        <translation>아직입니다. 측정값: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="259"/>
        <source>✓ Passed before.</source>
        <translation>✓ 전에 통과했습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="261"/>
        <source>✓ Passed before: {0}</source>
        <translation>✓ 전에 통과했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="263"/>
        <source>Not checked yet: each result this lesson computes is checked at once.</source>
        <translation>아직 확인하지 않았습니다: 이 단원이 계산하는 결과마다 바로 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="270"/>
        <source>Next lesson&#xa0;▶</source>
        <translation>다음 단원&#xa0;▶</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="270"/>
        <source>Next&#xa0;▶</source>
        <translation>다음&#xa0;▶</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="271"/>
        <source>Next exercise (F8)</source>
        <translation>다음 연습 (F8)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/exercises.py" line="272"/>
        <source>◀&#xa0;Previous lesson</source>
        <translation>◀&#xa0;이전 단원</translation>
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
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="277"/>
        <source>Whole graph</source>
        <translation>전체 그래프</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="280"/>
        <source>Fold everything inside {0}</source>
        <translation>{0} 안을 모두 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="281"/>
        <source>Fold every group again</source>
        <translation>모든 그룹을 다시 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="345"/>
        <source>{0}: double-click a node inside to fold it</source>
        <translation>{0}: 안의 노드를 더블클릭하면 접힙니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="346"/>
        <source>inputs from outside: {0}</source>
        <translation>밖에서 들어오는 입력: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="347"/>
        <source>outputs to outside: {0}</source>
        <translation>밖으로 나가는 출력: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="352"/>
        <source>{0} in · {1} out</source>
        <translation>입력 {0} · 출력 {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="428"/>
        <source>no match</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="431"/>
        <source>{0} of {1}</source>
        <translation>{1}개 중 {0}번째</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="433"/>
        <source>({0} nodes, some in folded groups)</source>
        <translation>(노드 {0}개, 일부는 접힌 그룹 안)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="477"/>
        <source>no device set: placed at run time</source>
        <translation>장치 미지정: 실행할 때 배정됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/graph_explorer.py" line="480"/>
        <source>(others plain)</source>
        <translation>(나머지는 기본 색)</translation>
    </message>
</context>
<context>
    <name>GraphsPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="330"/>
        <source>Graphs and Grappler</source>
        <translation>그래프와 Grappler</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="333"/>
        <source>compute(a, b, c): the chapter</source>
        <translation>compute(a, b, c): 본문 예제</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="336"/>
        <source>Python while and if → while_loop and cond</source>
        <translation>파이썬 while과 if → while_loop와 cond</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="337"/>
        <source>A Keras Dense layer call</source>
        <translation>Keras Dense 계층 호출</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="338"/>
        <source>A function with a tf.Variable</source>
        <translation>tf.Variable을 쓰는 함수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="339"/>
        <source>Constant folding</source>
        <translation>상수 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="340"/>
        <source>Big: a small CNN&apos;s training step (thousands of nodes)</source>
        <translation>큰 그래프: 작은 CNN의 훈련 단계 (노드 수천 개)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="343"/>
        <source>Python code (the last function defined is traced):</source>
        <translation>파이썬 코드 (마지막에 정의한 함수를 추적합니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="344"/>
        <source>Input signature (None = unknown dimension):</source>
        <translation>입력 시그니처 (None = 모르는 차원):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="345"/>
        <source>argument</source>
        <translation>인자</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="345"/>
        <source>dtype</source>
        <translation>타입(dtype)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="346"/>
        <source>shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="351"/>
        <source>Trace with tf.function (F5)</source>
        <translation>tf.function으로 추적 (F5)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="353"/>
        <source>After Grappler (G)</source>
        <translation>Grappler 후 (G)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="354"/>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="321"/>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="322"/>
        <source>Op counts</source>
        <translation>연산 개수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="323"/>
        <source>Trace or run?</source>
        <translation>추적인가 실행인가?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="324"/>
        <source>AutoGraph code</source>
        <translation>AutoGraph 코드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="325"/>
        <source>Eager vs graph speed</source>
        <translation>즉시 실행과 그래프 속도</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="326"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="334"/>
        <source>@tf.function above compute: the chapter</source>
        <translation>compute 위의 @tf.function: 이 장의 코드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="335"/>
        <source>print or tf.print: trace or run?</source>
        <translation>print와 tf.print: 추적인가 실행인가?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="346"/>
        <source>run with</source>
        <translation>실행 값</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="349"/>
        <source>The value each argument gets when you run it step by step: a number, a list such as [1.0, 2.0], or zeros, ones or random in the argument&apos;s shape</source>
        <translation>한 단계씩 실행할 때 각 인수가 받는 값: 숫자, [1.0, 2.0] 같은 리스트, 또는 인수의 형상에 맞춘 zeros, ones, random</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="352"/>
        <source>Stop (Esc)</source>
        <translation>멈춤 (Esc)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="358"/>
        <source>Export to TensorBoard…</source>
        <translation>TensorBoard로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="359"/>
        <source>Run it step by step (F10)</source>
        <translation>한 단계씩 실행 (F10)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="360"/>
        <source>Run the function once with the values in the table&apos;s last column and show each op&apos;s value, op by op</source>
        <translation>표의 마지막 열 값으로 함수를 한 번 실행하고, 연산마다 그 값을 하나씩 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="363"/>
        <source>Back to the start (Home)</source>
        <translation>처음으로 (Home)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="365"/>
        <source>One op back (←)</source>
        <translation>연산 하나 뒤로 (←)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="367"/>
        <source>One op forward (→)</source>
        <translation>연산 하나 앞으로 (→)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="369"/>
        <source>Write the traced graph and Grappler&apos;s version as two TensorBoard runs, before and after</source>
        <translation>추적된 그래프와 Grappler가 고친 그래프를 TensorBoard 실행 두 개(before, after)로 씁니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="371"/>
        <source>Node details (click a node)</source>
        <translation>노드 정보 (노드를 클릭하세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="372"/>
        <source>Traced signatures (concrete functions)</source>
        <translation>추적한 시그니처 (구체 함수)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="373"/>
        <source>Median time per call</source>
        <translation>호출당 시간의 중앙값</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="374"/>
        <source>microseconds</source>
        <translation>마이크로초</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="376"/>
        <source>length of each unknown dimension</source>
        <translation>알 수 없는 차원 각각의 길이</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="379"/>
        <source>As the input grows</source>
        <translation>입력이 커지면</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="380"/>
        <source>Wheel or Ctrl +/− to zoom, drag to pan, click a node, double-click a folded scope to open it</source>
        <translation>휠이나 Ctrl +/−로 확대, 끌어서 이동, 노드 클릭, 접힌 범위는 더블클릭으로 펼치기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="383"/>
        <source>op type</source>
        <translation>연산 종류</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="383"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="673"/>
        <source>traced</source>
        <translation>추적됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="384"/>
        <source>after Grappler</source>
        <translation>Grappler 이후</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="386"/>
        <source>What does each Grappler pass remove?</source>
        <translation>Grappler의 각 패스는 무엇을 없앨까요?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="387"/>
        <source>Runs each pass alone on the traced graph</source>
        <translation>추적한 그래프에 각 패스를 하나씩 따로 실행합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="388"/>
        <source>One call per line:</source>
        <translation>한 줄에 호출 하나씩:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="390"/>
        <source>Calls, one per line: each runs the function once. The log shows which calls traced a new graph and why, read from TensorFlow&apos;s own trace count.</source>
        <translation>호출을 한 줄에 하나씩 쓰세요: 줄마다 함수를 한 번 실행합니다. 기록은 어느 호출이 새 그래프를 추적했고 왜 그랬는지를 TensorFlow 자신의 추적 횟수에서 읽어 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="392"/>
        <source>Run the calls</source>
        <translation>호출 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="493"/>
        <source># The training step of a small Keras CNN:
# Conv2D, Conv2D, Dense, Adam, GradientTape.
</source>
        <translation># 작은 Keras CNN의 훈련 단계:
# Conv2D, Conv2D, Dense, Adam, GradientTape.
</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="509"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="709"/>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="511"/>
        <source>Tracing with tf.function…</source>
        <translation>tf.function으로 추적하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="536"/>
        <source>Running the graph and fetching every value…</source>
        <translation>그래프를 실행하고 모든 값을 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="568"/>
        <source>{0} iterations</source>
        <translation>{0}회 반복</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="586"/>
        <source>Op {0} of {1}: {2} ({3}) = {4}</source>
        <translation>연산 {0}/{1}: {2} ({3}) = {4}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="588"/>
        <source>group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="609"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="610"/>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="611"/>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="626"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="629"/>
        <source>Running the calls…</source>
        <translation>호출을 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="654"/>
        <source>&lt;p&gt;Press &lt;b&gt;Run the calls&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;호출 실행&lt;/b&gt;을 누르세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="661"/>
        <source>{0} calls, {1} traces: Python&apos;s print printed during {2} calls, tf.print during {3}.</source>
        <translation>호출 {0}번, 추적 {1}번: 파이썬의 print는 호출 {2}번 동안, tf.print는 {3}번 동안 출력했습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="668"/>
        <source>failed: {0}</source>
        <translation>실패: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="675"/>
        <source>ran the graph traced for ({0})</source>
        <translation>({0})에 대해 추적해 둔 그래프를 실행함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="696"/>
        <source>(its input_signature fills the table)</source>
        <translation>(그 input_signature가 표를 채웁니다)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="725"/>
        <source>(no Python source)</source>
        <translation>(파이썬 소스 없음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="772"/>
        <source>Grappler is optimising the graph…</source>
        <translation>Grappler가 그래프를 최적화하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="803"/>
        <source>Each pass alone on the {0} traced nodes (passes overlap, so the removals do not add up):</source>
        <translation>추적한 노드 {0}개에 각 패스를 따로 실행한 결과 (패스끼리 겹치므로 합계가 맞지 않습니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="806"/>
        <source>{0}: {1} removed</source>
        <translation>{0}: {1}개 제거</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="808"/>
        <source>{0} added</source>
        <translation>{0}개 추가</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="811"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="814"/>
        <source>Running each Grappler pass…</source>
        <translation>Grappler 패스를 하나씩 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="817"/>
        <source>pruning</source>
        <translation>가지치기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="818"/>
        <source>common subexpressions</source>
        <translation>공통 부분식</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="820"/>
        <source>arithmetic</source>
        <translation>산술 최적화</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="820"/>
        <source>layout</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="821"/>
        <source>remapper (fused ops)</source>
        <translation>리매퍼 (융합 연산)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="822"/>
        <source>loops</source>
        <translation>반복문</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="823"/>
        <source>control dependencies</source>
        <translation>제어 의존성</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="828"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="842"/>
        <source>Timing eager against tf.function…</source>
        <translation>즉시 실행과 tf.function의 시간을 재는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="838"/>
        <source>No timing for this function: {0}</source>
        <translation>이 함수의 시간을 잴 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="882"/>
        <source>{0} nodes traced; Grappler is optimising the graph…</source>
        <translation>노드 {0}개를 추적했습니다. Grappler가 그래프를 최적화하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="885"/>
        <source>{0} nodes traced, {1} after Grappler.</source>
        <translation>추적한 노드 {0}개, Grappler 후 {1}개.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="891"/>
        <source>… and {0} more changes</source>
        <translation>… 그 밖의 변경 {0}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="895"/>
        <source>rewired to read a shared result: {0}</source>
        <translation>공유된 결과를 읽도록 다시 연결됨: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="899"/>
        <source>Folded by name scope: double-click a box to open it.</source>
        <translation>이름 범위별로 접었습니다: 상자를 더블클릭하면 펼쳐집니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="910"/>
        <source>{0} {1} became {2}</source>
        <translation>{0}개의 {1}이(가) {2}(으)로 바뀜</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="918"/>
        <source>common subexpression</source>
        <translation>공통 부분식</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="942"/>
        <source>Eager {0:.0f} µs, tf.function {1:.0f} µs per call (median of {3}): here the graph is slower, at {2:.2f}× eager&apos;s speed. Each tf.function call has a fixed cost; it pays when the function runs many operations per call, each of which costs Python time when run eagerly.</source>
        <translation>호출당 조급한 실행 {0:.0f} µs, tf.function {1:.0f} µs ({3}회 중앙값): 여기서는 그래프가 더 느려서, 조급한 실행 속도의 {2:.2f}배입니다. tf.function 호출에는 매번 고정 비용이 들고, 함수가 호출마다 많은 연산을 실행할 때 이득이 됩니다. 조급한 실행에서는 연산마다 파이썬 시간이 들기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="955"/>
        <source>Give an argument an unknown dimension (None) to see the time per call as the input grows.</source>
        <translation>인자에 알 수 없는 차원(None)을 주면 입력이 커질 때의 호출당 시간을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="964"/>
        <source>The graph was faster at every length tried ({0} to {1}).</source>
        <translation>해 본 모든 길이({0}부터 {1}까지)에서 그래프가 더 빨랐습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="966"/>
        <source>The graph was faster from length {2} on (tried {0} to {1}).</source>
        <translation>길이 {2}부터 그래프가 더 빨랐습니다 ({0}부터 {1}까지 해 봄).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="968"/>
        <source>Eager was faster at every length tried ({0} to {1}): bigger tensors alone did not make the graph pay.</source>
        <translation>해 본 모든 길이({0}부터 {1}까지)에서 조급한 실행이 더 빨랐습니다: 텐서가 커지는 것만으로는 그래프가 이득이 되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1089"/>
        <source>A folder for the TensorBoard log</source>
        <translation>TensorBoard 기록을 둘 폴더</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="519"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1096"/>
        <source>Trace a function first.</source>
        <translation>먼저 함수를 추적하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1103"/>
        <source>Written: the runs {0} in {1}. Open them with: {2}</source>
        <translation>{1}에 실행 {0}을(를) 썼습니다. 여는 명령: {2}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1108"/>
        <source>Writing the TensorBoard log…</source>
        <translation>TensorBoard 기록을 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="906"/>
        <source>{0} of {1} {2} removed: {3}</source>
        <translation>{2} {1}개 중 {0}개 제거: {3}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="705"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="711"/>
        <source>Tracing the training step of {0}…</source>
        <translation>{0}의 훈련 단계를 추적하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="721"/>
        <source>The training step of {0}: forward pass, loss, tape.gradient and Adam&apos;s update, traced with tf.function.</source>
        <translation>{0}의 훈련 단계: 순전파, 손실, tape.gradient, Adam의 갱신을 tf.function으로 추적했습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="914"/>
        <source>{0} {1} added</source>
        <translation>{1} {0}개 추가</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="819"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="919"/>
        <source>constant folding</source>
        <translation>상수 접기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="401"/>
        <source>&lt;h3&gt;Graphs&lt;/h3&gt;&lt;p&gt;TensorFlow represents a computation as a &lt;b&gt;graph&lt;/b&gt; of operations. A graph lets TensorFlow run some operations on the CPU and the rest on a GPU, run parts of a distributed model on different machines, and optimise the graph to avoid unnecessary operations (lesson 7 shows where each op ran).&lt;/p&gt;&lt;h3&gt;Grappler, the graph optimiser&lt;/h3&gt;&lt;p&gt;In &lt;code&gt;compute&lt;/code&gt;, &lt;code&gt;a * b&lt;/code&gt; is written twice. Eager execution runs each operation the moment Python reaches it, so it computes &lt;code&gt;a * b&lt;/code&gt; twice: it never sees the whole function. A graph is seen whole before it runs: Grappler keeps one &lt;code&gt;a * b&lt;/code&gt; and hands its result to both readers (press G). Operations that do not depend on each other have no path between them in the graph, so TensorFlow&apos;s executor may run them at the same time.&lt;/p&gt;&lt;h3&gt;tf.function and AutoGraph&lt;/h3&gt;&lt;p&gt;&lt;code&gt;@tf.function&lt;/code&gt; above &lt;code&gt;def compute&lt;/code&gt; is the same as &lt;code&gt;compute = tf.function(compute)&lt;/code&gt;: both give a function that is traced into a graph. AutoGraph rewrites Python &lt;code&gt;if&lt;/code&gt; and &lt;code&gt;while&lt;/code&gt; on tensors into &lt;code&gt;tf.cond&lt;/code&gt; and &lt;code&gt;tf.while_loop&lt;/code&gt; (the &lt;i&gt;AutoGraph code&lt;/i&gt; tab), so they become graph operations.&lt;/p&gt;&lt;p&gt;Use it to export a model to other devices (a SavedModel stores the graphs) or when speed matters and graph optimisation helps. A small function can be slower as a graph: each call has a fixed cost, which pays when the function runs many operations per call (the speed tab measures it).&lt;/p&gt;&lt;h3&gt;Trace or run?&lt;/h3&gt;&lt;p&gt;The first call &lt;b&gt;traces&lt;/b&gt; the Python function into a graph; later calls with a matching signature only &lt;b&gt;run&lt;/b&gt; the graph. Python&apos;s &lt;code&gt;print&lt;/code&gt; runs while tracing; &lt;code&gt;tf.print&lt;/code&gt; is an operation in the graph and prints on every call. A new Python value, a new shape or a new dtype traces again; &lt;code&gt;input_signature&lt;/code&gt; or &lt;code&gt;reduce_retracing=True&lt;/code&gt; keep one graph for many shapes.&lt;/p&gt;&lt;h3&gt;Differentiation&lt;/h3&gt;&lt;p&gt;A graph records which operation feeds which, so it can be differentiated. In eager mode each operation runs on its own; TensorFlow 2 records them on a &lt;b&gt;gradient tape&lt;/b&gt; instead (lesson 4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;그래프&lt;/h3&gt;&lt;p&gt;텐서플로는 계산을 연산의 &lt;b&gt;그래프&lt;/b&gt;로 나타냅니다. 그래프가 있으면 텐서플로는 일부 연산을 CPU에서, 나머지를 GPU에서 실행하고, 분산 모델의 여러 부분을 서로 다른 컴퓨터에서 실행하며, 불필요한 연산을 피하도록 그래프를 최적화할 수 있습니다 (7단원에서 연산마다 실행된 곳을 봅니다).&lt;/p&gt;&lt;h3&gt;Grappler, 그래프 최적화기&lt;/h3&gt;&lt;p&gt;&lt;code&gt;compute&lt;/code&gt;에는 &lt;code&gt;a * b&lt;/code&gt;가 두 번 쓰여 있습니다. 조급한 실행(즉시 실행)은 파이썬이 닿는 순간 연산을 하나씩 실행하므로 &lt;code&gt;a * b&lt;/code&gt;를 두 번 계산합니다: 함수 전체를 보지 못하기 때문입니다. 그래프는 실행 전에 통째로 보입니다: Grappler는 &lt;code&gt;a * b&lt;/code&gt;를 하나만 남기고 그 결과를 두 곳에 넘깁니다 (G를 누르세요). 서로 기대지 않는 연산은 그래프에서 둘 사이에 경로가 없으므로, 텐서플로의 실행기가 동시에 실행할 수 있습니다.&lt;/p&gt;&lt;h3&gt;tf.function과 오토그래프(AutoGraph)&lt;/h3&gt;&lt;p&gt;&lt;code&gt;def compute&lt;/code&gt; 위의 &lt;code&gt;@tf.function&lt;/code&gt;은 &lt;code&gt;compute = tf.function(compute)&lt;/code&gt;와 같습니다: 둘 다 그래프로 추적되는 함수를 줍니다. 오토그래프는 텐서에 대한 파이썬 &lt;code&gt;if&lt;/code&gt;와 &lt;code&gt;while&lt;/code&gt;을 &lt;code&gt;tf.cond&lt;/code&gt;와 &lt;code&gt;tf.while_loop&lt;/code&gt;로 바꿔 씁니다 (&lt;i&gt;AutoGraph 코드&lt;/i&gt; 탭). 그래서 이들도 그래프의 연산이 됩니다.&lt;/p&gt;&lt;p&gt;모델을 다른 기기로 내보낼 때(SavedModel은 그래프를 저장합니다)나, 속도가 중요하고 그래프 최적화가 도움이 될 때 쓰세요. 작은 함수는 그래프가 더 느릴 수 있습니다: 호출마다 고정 비용이 들어서, 함수가 호출마다 많은 연산을 실행할 때 이득입니다 (속도 탭이 잽니다).&lt;/p&gt;&lt;h3&gt;추적인가 실행인가?&lt;/h3&gt;&lt;p&gt;첫 호출은 파이썬 함수를 그래프로 &lt;b&gt;추적&lt;/b&gt;합니다. 시그니처가 맞는 이후의 호출은 그래프를 &lt;b&gt;실행&lt;/b&gt;만 합니다. 파이썬의 &lt;code&gt;print&lt;/code&gt;는 추적할 때 실행되고, &lt;code&gt;tf.print&lt;/code&gt;는 그래프 속 연산이라 호출마다 출력합니다. 새 파이썬 값, 새 형상, 새 dtype은 다시 추적하게 만들고, &lt;code&gt;input_signature&lt;/code&gt;나 &lt;code&gt;reduce_retracing=True&lt;/code&gt;는 여러 형상에 그래프 하나를 씁니다.&lt;/p&gt;&lt;h3&gt;미분&lt;/h3&gt;&lt;p&gt;그래프는 어느 연산이 어느 연산에 값을 넘기는지 기록하므로 미분할 수 있습니다. 조급한 실행에서는 연산이 하나하나 따로 실행되므로, 텐서플로 2는 대신 &lt;b&gt;그래디언트 테이프&lt;/b&gt;에 연산을 기록합니다 (4단원).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="920"/>
        <source>forwarded to its input</source>
        <translation>입력으로 바로 연결됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="921"/>
        <source>lowered to control-flow ops</source>
        <translation>제어 흐름 연산으로 낮춰짐</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="922"/>
        <source>removed with the ops that read it</source>
        <translation>그것을 읽던 연산과 함께 제거됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="923"/>
        <source>its readers no longer need it</source>
        <translation>읽던 연산이 더 이상 필요로 하지 않음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="924"/>
        <source>pruned: nothing read it</source>
        <translation>가지치기: 읽는 연산이 없었음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="932"/>
        <source>No timing for this function.</source>
        <translation>이 함수는 시간을 재지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="377"/>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="937"/>
        <source>eager</source>
        <translation>조급한 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="375"/>
        <source>ms per call</source>
        <translation>호출당 ms</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="592"/>
        <source>{0} ops to run ({1} traced, {2} after Grappler): → steps, Space plays.</source>
        <translation>실행할 연산 {0}개 (추적한 그래프 {1}개, Grappler 뒤 {2}개): →는 한 단계, Space는 재생.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="939"/>
        <source>Eager {0:.0f} µs, tf.function {1:.0f} µs per call (median of {3}): the graph is {2:.1f}× as fast.</source>
        <translation>호출당 조급한 실행 {0:.0f} µs, tf.function {1:.0f} µs ({3}회 중앙값): 그래프가 {2:.1f}배 빠릅니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="994"/>
        <source>a folded name scope of {0} nodes</source>
        <translation>노드 {0}개를 접은 이름 범위</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="996"/>
        <source>inputs: {0}</source>
        <translation>입력: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="998"/>
        <source>output {0}: {1} {2}</source>
        <translation>출력 {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1001"/>
        <source>read by: {0}</source>
        <translation>읽는 노드: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1002"/>
        <source>device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1002"/>
        <source>(placed at run time)</source>
        <translation>(실행할 때 배정됨)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1005"/>
        <source>made by line {0}</source>
        <translation>{0}번 줄에서 만들어짐</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1016"/>
        <source>removed by Grappler</source>
        <translation>Grappler가 제거함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1016"/>
        <source>added by Grappler</source>
        <translation>Grappler가 추가함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1017"/>
        <source>inputs rewired by Grappler</source>
        <translation>Grappler가 입력을 다시 연결함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1043"/>
        <source>Line {0} made {1} of the nodes drawn.</source>
        <translation>{0}번 줄이 그려진 노드 중 {1}개를 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1046"/>
        <source>Line {0} made no node of this graph.</source>
        <translation>{0}번 줄은 이 그래프의 노드를 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1062"/>
        <source>Laying out the graph…</source>
        <translation>그래프 레이아웃을 잡는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1068"/>
        <source>Export the diagram</source>
        <translation>도식 내보내기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1081"/>
        <source>Could not save {0}: {1}</source>
        <translation>{0}을(를) 저장하지 못했습니다: {1}</translation>
    </message>
</context>
<context>
    <name>LayerStatsView</name>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="93"/>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="238"/>
        <source>The layers appear here once training starts.</source>
        <translation>훈련을 시작하면 계층이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="183"/>
        <source>gradient vanishing</source>
        <translation>그래디언트 소실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="184"/>
        <source>gradient exploding</source>
        <translation>그래디언트 폭주</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="191"/>
        <source>{0} of {1} units dead</source>
        <translation>유닛 {1}개 중 {0}개가 죽음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="130"/>
        <source>Step {0}, epoch {1}</source>
        <translation>스텝 {0}, 에포크 {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="229"/>
        <source>weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="230"/>
        <source>activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="233"/>
        <source>Left: the norm of the layer&apos;s weights, of their gradient and the update/weight ratio of one step, over the steps (log scale). Right: histograms of its weights and of its activations for a fixed sample.</source>
        <translation>왼쪽: 계층 가중치의 노름, 그 그래디언트의 노름, 한 스텝의 업데이트/가중치 비율을 스텝에 따라 (로그 눈금). 오른쪽: 가중치와, 고정된 샘플에 대한 활성화의 히스토그램.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="231"/>
        <source>vanishing</source>
        <translation>소실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/layer_stats.py" line="232"/>
        <source>exploding</source>
        <translation>폭주</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="527"/>
        <source>Start here: lesson 1, Tensors. Type a TensorFlow expression or pick one from Examples. The lessons on the left follow the chapter in order; each has exercises in its Exercises tab.</source>
        <translation>여기서 시작하세요: 1과, 텐서. TensorFlow 식을 입력하거나 예제에서 하나를 고르세요. 왼쪽의 수업은 장의 순서를 따르고, 수업마다 연습 탭에 연습 문제가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="157"/>
        <source>Settings cannot be saved to {0} (a folder, or no permission): what you choose now lasts until you quit.</source>
        <translation>설정을 {0}에 저장할 수 없습니다 (폴더이거나 권한이 없음): 지금 고른 것은 끝낼 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="353"/>
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="378"/>
        <location filename="../../tfvisual/ui/main_window.py" line="577"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="393"/>
        <source>No GPU is available: {0}. Using the CPU.</source>
        <translation>쓸 수 있는 GPU가 없습니다: {0}. CPU를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="402"/>
        <source>TensorFlow could not be loaded</source>
        <translation>TensorFlow를 불러오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="403"/>
        <source>TensorFlow could not be loaded: {0}. Reinstall it with pip install tfvisual.</source>
        <translation>TensorFlow를 불러오지 못했습니다: {0}. pip install tfvisual로 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="461"/>
        <source>More of the toolbar</source>
        <translation>도구 모음의 나머지</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="485"/>
        <source>Exercises done: {0} of {1}</source>
        <translation>완료한 연습: {1}개 중 {0}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="525"/>
        <source>tfvisual — TensorFlow 2 and Keras, seen</source>
        <translation>tfvisual — 눈으로 보는 TensorFlow 2와 Keras</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="530"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="531"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="532"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="532"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="533"/>
        <source>Projector (high contrast)</source>
        <translation>프로젝터 (고대비)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="536"/>
        <source>A−</source>
        <translation>가−</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="537"/>
        <source>Smaller text (Ctrl −)</source>
        <translation>글자 작게 (Ctrl −)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="538"/>
        <source>A+</source>
        <translation>가+</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="539"/>
        <source>Larger text (Ctrl +)</source>
        <translation>글자 크게 (Ctrl +)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="540"/>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="541"/>
        <source>Full screen (F11)</source>
        <translation>전체 화면 (F11)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="542"/>
        <source>Panel list</source>
        <translation>패널 목록</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="543"/>
        <source>Show or hide the list of panels (Ctrl+B); Ctrl+1 … Ctrl+7 open a panel either way</source>
        <translation>패널 목록 보이기/숨기기 (Ctrl+B). 숨겨도 Ctrl+1 … Ctrl+7로 패널을 열 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="545"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="546"/>
        <source>Where TensorFlow runs the work of every panel</source>
        <translation>모든 패널의 TensorFlow 작업을 실행할 장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="549"/>
        <source>no GPU found</source>
        <translation>GPU를 찾지 못함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="550"/>
        <source>GPU unavailable: {0}</source>
        <translation>GPU 사용 불가: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="552"/>
        <source>Presentation</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="553"/>
        <source>Presentation mode (F6): the picture takes the screen, the key buttons stay beside it</source>
        <translation>발표 모드 (F6): 그림이 화면을 차지하고 주요 버튼은 그 옆에 남습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="555"/>
        <source>Side panel</source>
        <translation>옆 패널</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="556"/>
        <source>Show or hide the controls and the lesson beside the picture (F9)</source>
        <translation>그림 옆의 설정과 설명을 보이거나 숨깁니다 (F9)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="558"/>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="559"/>
        <source>Default text size (Ctrl 0)</source>
        <translation>기본 글자 크기 (Ctrl 0)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="560"/>
        <source>Quit (Ctrl Q)</source>
        <translation>끝내기 (Ctrl Q)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="561"/>
        <source>Next exercise (F8)</source>
        <translation>다음 연습 (F8)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="562"/>
        <source>Previous exercise (Shift F8)</source>
        <translation>이전 연습 (Shift F8)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="563"/>
        <source>Exercise goal across the top (F7)</source>
        <translation>연습 목표를 위에 크게 (F7)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="564"/>
        <source>Offer hints</source>
        <translation>힌트 제공</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="565"/>
        <source>Turn off to keep hints hidden, e.g. in a class</source>
        <translation>수업 중처럼 힌트를 숨기려면 끄세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="566"/>
        <source>Reset exercise progress…</source>
        <translation>연습 진행 초기화…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="567"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="568"/>
        <source>Export this lesson, as it is now, as a Python script or a Jupyter notebook (Ctrl+E)</source>
        <translation>이 단원을 지금 상태 그대로 파이썬 스크립트나 Jupyter 노트북으로 내보냅니다 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="581"/>
        <source>TensorFlow loading…</source>
        <translation>TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="623"/>
        <source>Reset exercise progress</source>
        <translation>연습 진행 초기화</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="624"/>
        <source>Forget every exercise done so far, in every lesson?</source>
        <translation>모든 단원에서 지금까지 한 연습 기록을 지울까요?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="632"/>
        <source>Python script (*.py)</source>
        <translation>파이썬 스크립트 (*.py)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="632"/>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter 노트북 (*.ipynb)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="634"/>
        <source>Export the lesson</source>
        <translation>단원 내보내기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="656"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="656"/>
        <source>{0}. Replace it?</source>
        <translation>{0}. 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="662"/>
        <source>Exported to {0} ({1:,} bytes). It needs only TensorFlow and Keras.</source>
        <translation>{0}(으)로 내보냈습니다 ({1:,}바이트). TensorFlow와 Keras만 있으면 됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="687"/>
        <source>Device: {0}</source>
        <translation>장치: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/main_window.py" line="689"/>
        <source>last run on {0}</source>
        <translation>마지막 실행: {0}</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="180"/>
        <source>Keras models</source>
        <translation>Keras 모델</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="183"/>
        <source>Sequential API</source>
        <translation>순차형 API</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="183"/>
        <source>Functional API</source>
        <translation>함수형 API</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="184"/>
        <source>Functional, two branches</source>
        <translation>함수형, 두 갈래</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="187"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="187"/>
        <source>Input shape</source>
        <translation>입력 shape</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="188"/>
        <source>Classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="190"/>
        <source>Build the model</source>
        <translation>모델 만들기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="191"/>
        <source>layer</source>
        <translation>계층</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="191"/>
        <source>units or rate</source>
        <translation>유닛 수 또는 비율</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="192"/>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="194"/>
        <source>+ Dense</source>
        <translation>+ Dense</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="195"/>
        <source>+ Dropout</source>
        <translation>+ Dropout</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="196"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="197"/>
        <source>Save and load</source>
        <translation>저장과 불러오기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="198"/>
        <source>save() .keras…</source>
        <translation>save() .keras…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="205"/>
        <source>save_weights()…</source>
        <translation>save_weights()…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="206"/>
        <source>load_weights()…</source>
        <translation>load_weights()…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="207"/>
        <source>Round trip: save, reload, compare predictions</source>
        <translation>왕복 확인: 저장, 다시 불러오기, 예측 비교</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="173"/>
        <source>summary()</source>
        <translation>summary()</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="172"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="174"/>
        <source>Attributes</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="175"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="199"/>
        <source>Open .keras or .h5…</source>
        <translation>.keras 또는 .h5 열기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="200"/>
        <source>Open a SavedModel folder…</source>
        <translation>SavedModel 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="202"/>
        <source>Or look inside a ready-made architecture (keras.applications, random weights):</source>
        <translation>또는 이미 만들어진 구조를 들여다보기 (keras.applications, 무작위 가중치):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="204"/>
        <source>choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="208"/>
        <source>See its training step</source>
        <translation>훈련 단계 보기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="209"/>
        <source>Run a sample through</source>
        <translation>샘플 하나 통과시키기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="210"/>
        <source>One input through the model: each layer&apos;s output on its box, computed by Keras</source>
        <translation>입력 하나를 모델에 통과시킵니다: 계층마다 Keras가 계산한 출력을 상자에 적습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="212"/>
        <source>Trace this model&apos;s training step (forward, loss, gradient, optimizer update) in the graphs panel</source>
        <translation>이 모델의 훈련 단계(순전파, 손실, 그래디언트, 옵티마이저 갱신)를 그래프 패널에서 추적합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="215"/>
        <source>&lt;h3&gt;A model&apos;s attributes&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;inputs&lt;/b&gt; and &lt;b&gt;outputs&lt;/b&gt;: the tensors that go in and come out&lt;/li&gt;&lt;li&gt;&lt;b&gt;layers&lt;/b&gt;: the layers, each with its output shape&lt;/li&gt;&lt;li&gt;&lt;b&gt;summary()&lt;/b&gt;: prints the architecture and parameter counts&lt;/li&gt;&lt;li&gt;&lt;b&gt;save()&lt;/b&gt;: architecture, weights and training state in one .keras file, to resume training later; reload with &lt;code&gt;load_model()&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;save_weights()&lt;/b&gt;: the weights alone&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Which API?&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;sequential&lt;/b&gt; API stacks layers in a line: simple and enough for many models. The &lt;b&gt;functional&lt;/b&gt; API calls layers on tensors, so it can branch and join (parallel layers), share layers and take several inputs or outputs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;모델의 속성&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;inputs&lt;/b&gt;와 &lt;b&gt;outputs&lt;/b&gt;: 들어가고 나오는 텐서&lt;/li&gt;&lt;li&gt;&lt;b&gt;layers&lt;/b&gt;: 계층들과 각 계층의 출력 shape&lt;/li&gt;&lt;li&gt;&lt;b&gt;summary()&lt;/b&gt;: 구조와 파라미터 수를 출력&lt;/li&gt;&lt;li&gt;&lt;b&gt;save()&lt;/b&gt;: 구조, 가중치, 훈련 상태를 .keras 파일 하나에 저장해 나중에 훈련을 이어 갈 수 있음. &lt;code&gt;load_model()&lt;/code&gt;로 다시 불러옴&lt;/li&gt;&lt;li&gt;&lt;b&gt;save_weights()&lt;/b&gt;: 가중치만 저장&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;어느 API를 쓸까요?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;순차형(Sequential)&lt;/b&gt; API는 계층을 한 줄로 쌓습니다: 간단하고 많은 모델에 충분합니다. &lt;b&gt;함수형&lt;/b&gt; API는 텐서에 계층을 호출하므로 갈라졌다 합쳐지고(병렬 계층), 계층을 공유하고, 입력이나 출력을 여러 개 가질 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="259"/>
        <source>Printing summary()…</source>
        <translation>summary()를 출력하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="271"/>
        <source>The sequential API cannot build this model: a Sequential model is a single chain, and here two branches read the same tensor and are joined again.</source>
        <translation>순차형 API로는 이 모델을 만들 수 없습니다: 순차형(Sequential) 모델은 한 줄의 사슬인데, 여기서는 두 갈래가 같은 텐서를 읽고 다시 합쳐집니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="311"/>
        <source>Use a whole number of units, a rate below 1 or one of: {0}</source>
        <translation>유닛 수는 정수, 비율은 1보다 작게, 활성화 함수는 다음 중 하나로: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="336"/>
        <source>The input shape needs whole numbers, e.g. 8, 8</source>
        <translation>입력 shape는 정수로 적어야 합니다. 예: 8, 8</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="357"/>
        <source>Building the Keras model…</source>
        <translation>Keras 모델을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="369"/>
        <source>paths from input to output: {0}</source>
        <translation>입력에서 출력까지 경로: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="370"/>
        <source>parameters: {0:,}</source>
        <translation>파라미터: {0:,}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="380"/>
        <source>Save the model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="386"/>
        <location filename="../../tfvisual/ui/panels/models.py" line="471"/>
        <source>Saved {0}</source>
        <translation>{0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="388"/>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="391"/>
        <source>Open a Keras model</source>
        <translation>Keras 모델 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="398"/>
        <source>Open a SavedModel folder</source>
        <translation>SavedModel 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="411"/>
        <source>SavedModel {0}: signatures</source>
        <translation>SavedModel {0}: 시그니처</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="413"/>
        <source>drawn: {0}, {1} ops (saved functions inlined)</source>
        <translation>그린 것: {0}, 연산 {1}개 (저장된 함수를 펼쳐 넣음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="419"/>
        <source>Opened the SavedModel {0}: {1} signatures; {2} drawn</source>
        <translation>SavedModel {0}을(를) 열었습니다: 시그니처 {1}개, {2}을(를) 그렸습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="423"/>
        <source>Loading the SavedModel…</source>
        <translation>SavedModel을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="436"/>
        <source>Laying out the diagram…</source>
        <translation>다이어그램 레이아웃을 잡는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="449"/>
        <source># random weights: nothing is downloaded</source>
        <translation># 무작위 가중치: 아무것도 내려받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="450"/>
        <source>{0}: {1} layers, {2:,} parameters</source>
        <translation>{0}: 계층 {1}개, 파라미터 {2:,}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="454"/>
        <source>Building {0}…</source>
        <translation>{0} 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="460"/>
        <source># Loaded from {0} in Keras safe mode</source>
        <translation># Keras 안전 모드로 {0}에서 불러옴</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="461"/>
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="463"/>
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="466"/>
        <source>Save the weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="474"/>
        <source>Load weights</source>
        <translation>가중치 불러오기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="504"/>
        <source>A bundled digit {0} went through the model: its output says {1}.</source>
        <translation>함께 들어 있는 숫자 {0}의 이미지가 모델을 통과했습니다: 출력은 {1}입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="508"/>
        <source>A sample made from the model&apos;s input shapes went through: {0}.</source>
        <translation>모델의 입력 형상으로 만든 샘플이 통과했습니다: {0}.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="512"/>
        <source>Running a sample through the model…</source>
        <translation>샘플을 모델에 통과시키는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="521"/>
        <source>Reloaded with load_model(): largest difference {0:g}. A clone with load_weights() could not predict: {1} (weights alone do not carry every layer&apos;s state, e.g. a vocabulary).</source>
        <translation>load_model()로 다시 불러옴: 가장 큰 차이 {0:g}. load_weights()로 만든 복제본은 예측하지 못했습니다: {1} (가중치만으로는 어휘 같은 계층의 상태가 모두 옮겨지지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="528"/>
        <source>Reloaded with load_model(): largest difference {0:g}. With load_weights(): {1:g}. {2}</source>
        <translation>load_model()로 다시 불러옴: 최대 차이 {0:g}. load_weights()로: {1:g}. {2}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="529"/>
        <source>Identical predictions.</source>
        <translation>예측이 똑같습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/models.py" line="532"/>
        <source>Saving and reloading…</source>
        <translation>저장하고 다시 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="186"/>
        <source>Controls</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="252"/>
        <source>Exercises {0}/{1}</source>
        <translation>연습 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="264"/>
        <source>Exercise {0}: {1}</source>
        <translation>연습 {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="398"/>
        <source>Working…</source>
        <translation>작업 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="412"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="443"/>
        <source>Stopped. The last call runs inside TensorFlow or Python&apos;s C code, which cannot be interrupted: it ends in the background and its result is dropped.</source>
        <translation>멈췄습니다. 마지막 호출은 TensorFlow나 파이썬의 C 코드 안에서 실행 중이라 중단할 수 없습니다: 백그라운드에서 끝나고 그 결과는 버려집니다.</translation>
    </message>
</context>
<context>
    <name>RangeGuard</name>
    <message>
        <location filename="../../tfvisual/ui/panels/base.py" line="56"/>
        <source>{0} is not taken here: this box takes numbers from {1} to {2}.</source>
        <translation>{0}은(는) 받지 않습니다. 이 칸은 {1}부터 {2}까지의 수를 받습니다.</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="60"/>
        <source>Every finished run, kept with the CSV logs. Tick runs to overlay their curves (dashed) and compare them.</source>
        <translation>끝난 모든 실행을 CSV 로그와 함께 보관합니다. 실행을 체크하면 곡선을 (점선으로) 겹쳐 그리고 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="62"/>
        <source>Compare optimizers</source>
        <translation>옵티마이저 비교</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="63"/>
        <source>Train the same model on the same data, from the same first weights, once with each optimizer ticked:</source>
        <translation>같은 모델을 같은 데이터로, 같은 초기 가중치에서 시작해 체크한 옵티마이저마다 한 번씩 훈련합니다:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="66"/>
        <source>its learning rate</source>
        <translation>이 옵티마이저의 학습률</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="86"/>
        <source>final {0} {1:.4g}</source>
        <translation>최종 {0} {1:.4g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="117"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="118"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/widgets/runs.py" line="125"/>
        <source>What differs: {0}</source>
        <translation>다른 점: {0}</translation>
    </message>
</context>
<context>
    <name>TapePanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="103"/>
        <source>Save the steps</source>
        <translation>단계 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="105"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="107"/>
        <source>Save the plot</source>
        <translation>플롯 저장</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="193"/>
        <source>Gradient tape</source>
        <translation>그래디언트 테이프</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="196"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="196"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="196"/>
        <source>Starting X</source>
        <translation>시작 X</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="197"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="197"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="190"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="189"/>
        <source>Step by step</source>
        <translation>단계별 기록</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="198"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="198"/>
        <source>Optimiser</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="200"/>
        <source>Solve A × X = B</source>
        <translation>A × X = B 풀기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="201"/>
        <source>abs(A·X − B)  (the chapter)</source>
        <translation>abs(A·X − B)  (본문)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="202"/>
        <source>square (A·X − B)²</source>
        <translation>제곱 (A·X − B)²</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="202"/>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="204"/>
        <source>plain X ← X − lr·dX  (the chapter)</source>
        <translation>기본 X ← X − lr·dX  (본문)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="205"/>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="205"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="208"/>
        <source>Step ▶|</source>
        <translation>한 단계 ▶|</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="209"/>
        <source>One step forward (→)</source>
        <translation>한 단계 앞으로 (→)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="210"/>
        <source>|◀ Back</source>
        <translation>|◀ 뒤로</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="211"/>
        <source>One step back (←)</source>
        <translation>한 단계 뒤로 (←)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="212"/>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="213"/>
        <source>Back to the start (Home)</source>
        <translation>처음으로 (Home)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="214"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="215"/>
        <source>Steps as CSV…</source>
        <translation>단계를 CSV로…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="216"/>
        <source>Plot as PNG…</source>
        <translation>플롯을 PNG로…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="217"/>
        <source>Plot as SVG…</source>
        <translation>플롯을 SVG로…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="218"/>
        <source>The chapter&apos;s train_step (the line running now is highlighted):</source>
        <translation>본문의 train_step (지금 실행 중인 줄이 강조됩니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="220"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="227"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="220"/>
        <source>printed</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="221"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="224"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="225"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="221"/>
        <source>X after</source>
        <translation>다음 X</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="222"/>
        <source>Loss over X: the point, its slope dX, the path</source>
        <translation>X에 따른 손실: 현재 점, 기울기 dX, 지나온 길</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="226"/>
        <source>Loss and X after each step</source>
        <translation>단계마다의 손실과 X</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="228"/>
        <source>Drag the point to start from another X</source>
        <translation>점을 끌어 다른 X에서 시작하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="230"/>
        <source>&lt;h3&gt;What the tape records&lt;/h3&gt;&lt;p&gt;Inside &lt;code&gt;with tf.GradientTape() as tape:&lt;/code&gt; TensorFlow records every operation on the variable X. &lt;code&gt;tape.gradient(loss, X)&lt;/code&gt; plays the recording backwards and gives dX, the slope of the loss at X.&lt;/p&gt;&lt;h3&gt;Why dX is ±A&lt;/h3&gt;&lt;p&gt;For loss = |A·X − B| the slope is A where A·X &amp;gt; B and −A where A·X &amp;lt; B. With A = 3 every step moves X by exactly 3 × learning rate.&lt;/p&gt;&lt;h3&gt;Why it stops at exactly 2&lt;/h3&gt;&lt;p&gt;From X = 20 the steps land on 17, 14, 11, 8, 5 and then 2, where A·X = B: the loss is 0 and TensorFlow&apos;s gradient of abs at 0 is 0, so X stays. Try a start of 21 or a learning rate of 0.7 to see it bounce around 2 instead.&lt;/p&gt;&lt;p&gt;Without a tape, &lt;code&gt;print(loss)&lt;/code&gt; only shows a tensor: nothing was recorded, so no gradient can be taken.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;테이프가 기록하는 것&lt;/h3&gt;&lt;p&gt;&lt;code&gt;with tf.GradientTape() as tape:&lt;/code&gt; 안에서 TensorFlow는 변수 X에 대한 모든 연산을 기록합니다. &lt;code&gt;tape.gradient(loss, X)&lt;/code&gt;는 기록을 거꾸로 재생해 X에서 손실의 기울기 dX를 줍니다.&lt;/p&gt;&lt;h3&gt;dX가 ±A인 이유&lt;/h3&gt;&lt;p&gt;loss = |A·X − B|의 기울기는 A·X &amp;gt; B일 때 A, A·X &amp;lt; B일 때 −A입니다. A = 3이면 한 단계마다 X가 정확히 3 × 학습률만큼 움직입니다.&lt;/p&gt;&lt;h3&gt;정확히 2에서 멈추는 이유&lt;/h3&gt;&lt;p&gt;X = 20에서 시작하면 17, 14, 11, 8, 5를 거쳐 2에 닿고, 거기서 A·X = B입니다: 손실이 0이고 TensorFlow에서 abs의 0에서의 기울기는 0이므로 X는 그대로입니다. 시작을 21로 하거나 학습률을 0.7로 하면 2 주변을 오가는 모습을 볼 수 있습니다.&lt;/p&gt;&lt;p&gt;테이프가 없으면 &lt;code&gt;print(loss)&lt;/code&gt;는 텐서만 보여 줍니다: 기록된 것이 없으니 그래디언트를 구할 수 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="320"/>
        <source>Running gradient descent with tf.GradientTape…</source>
        <translation>tf.GradientTape로 경사 하강법을 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="361"/>
        <source>Converged: X = {0:g} solves A × X = B.</source>
        <translation>수렴했습니다: X = {0:g}가 A × X = B의 해입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="362"/>
        <source>Oscillating: X jumps back and forth across {sol:g}; its last values: {xs}.</source>
        <translation>진동합니다: X가 {sol:g}를 사이에 두고 왔다 갔다 합니다. 마지막 값: {xs}.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="365"/>
        <source>Oscillating: the gradient of abs is ±A whatever the distance (here |dX| = {grad:g}), so every step moves X by the same lr × |dX| = {step:g}, and X lands on either side of {sol:g}, never on it. A smaller learning rate only shrinks the swing: X lands exactly only when the distance {dist:g} is a whole number of steps.</source>
        <translation>진동합니다: abs의 그래디언트는 거리와 상관없이 ±A(여기서 |dX| = {grad:g})라서, 매 단계 X가 같은 lr × |dX| = {step:g}만큼 움직이고 {sol:g}의 양쪽에 떨어질 뿐 그 위에는 떨어지지 않습니다. 학습률을 낮추면 흔들림이 작아질 뿐입니다: 거리 {dist:g}가 걸음의 정수배일 때만 X가 정확히 닿습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="371"/>
        <source>Oscillating: each step multiplied the error A·X − B by {measured:.4g} (1 − 2A²·lr = {predicted:.4g}). At −1, that is at lr = 1/A² = {limit:.4g}, the swing never shrinks; below it, it dies away.</source>
        <translation>진동합니다: 매 단계 오차 A·X − B에 {measured:.4g}가 곱해졌습니다 (1 − 2A²·lr = {predicted:.4g}). 이 값이 −1, 즉 lr = 1/A² = {limit:.4g}이면 흔들림이 줄지 않고, 그보다 작으면 잦아듭니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="375"/>
        <source>Diverging: each step multiplied the error A·X − B by {measured:.4g} (1 − 2A²·lr = {predicted:.4g}). Past lr = 1/A² = {limit:.4g} its size is over 1, so X moves further away every step.</source>
        <translation>발산합니다: 매 단계 오차 A·X − B에 {measured:.4g}가 곱해졌습니다 (1 − 2A²·lr = {predicted:.4g}). lr = 1/A² = {limit:.4g}를 넘으면 그 크기가 1보다 커서 X가 매 단계 더 멀어집니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="378"/>
        <source>Diverging: the loss grew from {first:.4g} to {last:.4g}; lower the learning rate.</source>
        <translation>발산합니다: 손실이 {first:.4g}에서 {last:.4g}로 커졌습니다. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="380"/>
        <source>A = 0 and B ≠ 0: no X solves 0 × X = B, and the slope is 0, so X never moves.</source>
        <translation>A = 0이고 B ≠ 0: 0 × X = B를 만족하는 X가 없고, 기울기가 0이라 X가 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="382"/>
        <source>The values grew past what float32 can hold (infinity or NaN); the descent was stopped there.</source>
        <translation>값이 float32로 담을 수 없을 만큼 커졌습니다 (무한대나 NaN). 경사 하강법을 거기서 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="384"/>
        <source>Not there yet: X is still moving towards {0:g}; add steps.</source>
        <translation>아직 도착하지 않았습니다: X가 아직 {0:g} 쪽으로 가는 중입니다. 단계를 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="397"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="397"/>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="398"/>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="546"/>
        <source>Recorded, step {0}: X {1} → loss {2} → dX {3}</source>
        <translation>기록, {0}단계: X {1} → 손실 {2} → dX {3}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="550"/>
        <source>What the tape recorded: the ops from X forward to the loss, then those tape.gradient played backward (coloured) to dX, with this step&apos;s values from TensorFlow.</source>
        <translation>테이프가 기록한 것: X에서 앞으로 손실까지의 연산과, tape.gradient가 뒤로 재생한 연산(색칠됨)이 dX까지 이어집니다. 값은 이 단계에서 TensorFlow가 계산한 것입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="620"/>
        <source>print(loss) before any step: {0}</source>
        <translation>단계 전의 print(loss): {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tape.py" line="645"/>
        <location filename="../../tfvisual/ui/panels/tape.py" line="661"/>
        <source>Could not save {0}: {1}</source>
        <translation>{0}을(를) 저장하지 못했습니다: {1}</translation>
    </message>
</context>
<context>
    <name>TensorsPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="71"/>
        <source>Tensors</source>
        <translation>텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="74"/>
        <source>Describe (Enter)</source>
        <translation>살펴보기 (Enter)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="76"/>
        <source>A TensorFlow expression (tf and np are imported):</source>
        <translation>TensorFlow 식 (tf와 np는 이미 import되어 있습니다):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="66"/>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="77"/>
        <source>Examples</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="78"/>
        <source>Dtype lessons</source>
        <translation>dtype 배우기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="65"/>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="79"/>
        <source>The tensor</source>
        <translation>텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="67"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="75"/>
        <source>Stop (Esc)</source>
        <translation>멈춤 (Esc)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="80"/>
        <source>dtype</source>
        <translation>타입(dtype)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="80"/>
        <source>shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="80"/>
        <source>rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="81"/>
        <source>size in bytes</source>
        <translation>크기(바이트)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="81"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="82"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="85"/>
        <source>float16 rounding</source>
        <translation>float16 반올림</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="86"/>
        <source>int8 overflow on cast</source>
        <translation>int8로 바꿀 때 넘침</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="87"/>
        <source>a string tensor</source>
        <translation>문자열 텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="88"/>
        <source>tf.cast drops the fraction</source>
        <translation>tf.cast는 소수점 아래를 버림</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="93"/>
        <source>&lt;h3&gt;A tensor is an N-dimensional array&lt;/h3&gt;&lt;p&gt;Every &lt;code&gt;tf.Tensor&lt;/code&gt; has a &lt;b&gt;dtype&lt;/b&gt; (string, float32, float16, int8, …), a &lt;b&gt;shape&lt;/b&gt; (the size of each dimension) and a &lt;b&gt;rank&lt;/b&gt; (how many dimensions it has).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;rank 0: a number&lt;/li&gt;&lt;li&gt;rank 1: a row&lt;/li&gt;&lt;li&gt;rank 2: a grid&lt;/li&gt;&lt;li&gt;rank 3: a stack of grids, like an image with colour channels&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A &lt;code&gt;tf.TensorSpec&lt;/code&gt; describes a tensor without values; a dimension written &lt;code&gt;None&lt;/code&gt; is not known in advance.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;텐서는 N차원 배열입니다&lt;/h3&gt;&lt;p&gt;모든 &lt;code&gt;tf.Tensor&lt;/code&gt;에는 &lt;b&gt;타입&lt;/b&gt;(dtype: string, float32, float16, int8, …), &lt;b&gt;형상&lt;/b&gt;(shape: 각 차원의 크기), &lt;b&gt;순위&lt;/b&gt;(rank: 차원의 수)가 있습니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;순위 0: 숫자 하나&lt;/li&gt;&lt;li&gt;순위 1: 한 줄&lt;/li&gt;&lt;li&gt;순위 2: 격자&lt;/li&gt;&lt;li&gt;순위 3: 격자의 묶음, 색 채널이 있는 이미지처럼&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;code&gt;tf.TensorSpec&lt;/code&gt;은 값 없이 텐서를 설명합니다. &lt;code&gt;None&lt;/code&gt;으로 적은 차원은 미리 알 수 없는 차원입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="134"/>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="135"/>
        <source>Evaluating {0}…</source>
        <translation>{0} 계산 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="143"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="144"/>
        <source>no values (a spec)</source>
        <translation>값 없음 (spec)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="146"/>
        <source>tf.Tensor (values)</source>
        <translation>tf.Tensor (값 있음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="146"/>
        <source>tf.Variable</source>
        <translation>tf.Variable</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="147"/>
        <source>tf.TensorSpec (a description, no values)</source>
        <translation>tf.TensorSpec (설명만, 값 없음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="152"/>
        <source>Some dimensions are unknown (None): the shape is only partially known. An image whose height and width are not known in advance has the shape (None, None, 3).</source>
        <translation>일부 차원을 모릅니다 (None): shape를 일부만 압니다. 높이와 너비를 미리 알 수 없는 이미지의 shape는 (None, None, 3)입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/tensors.py" line="160"/>
        <source>{dtype} · shape {shape} · rank {rank}</source>
        <translation>{dtype} · 형상 {shape} · 순위 {rank}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="356"/>
        <source>Training and callbacks</source>
        <translation>훈련과 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="359"/>
        <source>8×8 handwritten digits (UCI)</source>
        <translation>8×8 손글씨 숫자 (UCI)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="359"/>
        <source>2-D spiral</source>
        <translation>2차원 나선</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="360"/>
        <source>2-D circles</source>
        <translation>2차원 원</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="360"/>
        <source>2-D XOR</source>
        <translation>2차원 XOR</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="361"/>
        <source>2-D gaussian blobs</source>
        <translation>2차원 가우스 덩어리</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="361"/>
        <source>Open a .npz (x, y)…</source>
        <translation>.npz 열기 (x, y)…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="362"/>
        <source>Open a folder of images…</source>
        <translation>이미지 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="363"/>
        <source>step: halve every 10 epochs</source>
        <translation>계단: 10 에포크마다 절반으로</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="364"/>
        <source>exponential: × e^−0.1 each epoch</source>
        <translation>지수: 에포크마다 × e^−0.1</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="365"/>
        <source>cosine: down to 0 over the epochs</source>
        <translation>코사인: 에포크에 걸쳐 0까지</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="366"/>
        <source>expression of epoch and lr</source>
        <translation>epoch와 lr의 식</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="372"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="372"/>
        <source>Noise (2-D)</source>
        <translation>잡음 (2차원)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="372"/>
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="373"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="373"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="373"/>
        <source>Optimiser</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="374"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="406"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="376"/>
        <source>Data and training</source>
        <translation>데이터와 훈련</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="377"/>
        <source>Predictions on validation samples after training (✓ right; ≠ then the true class):</source>
        <translation>훈련 후 검증 샘플의 예측(✓ 맞음, ≠ 뒤는 실제 클래스):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="379"/>
        <source>Callbacks passed to fit()</source>
        <translation>fit()에 넘기는 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="380"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="381"/>
        <source>patience</source>
        <translation>patience</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="380"/>
        <source>min_delta</source>
        <translation>min_delta</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="381"/>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="382"/>
        <source>min_lr</source>
        <translation>min_lr</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="384"/>
        <source>my own callback</source>
        <translation>맞춤형 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="385"/>
        <source>my own callback (the Custom tab)</source>
        <translation>맞춤형 콜백 (&apos;맞춤형 콜백&apos; 탭)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="386"/>
        <source>Where CSVLogger writes one row per epoch</source>
        <translation>CSVLogger가 에포크마다 한 줄씩 쓰는 곳</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="387"/>
        <source>A one-line Python expression of epoch and lr</source>
        <translation>epoch와 lr로 된 한 줄짜리 파이썬 식</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="388"/>
        <source>Start (F5)</source>
        <translation>시작 (F5)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="389"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="390"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="391"/>
        <source>Stop (Esc)</source>
        <translation>멈춤 (Esc)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="392"/>
        <source>Open the CSV log</source>
        <translation>CSV 기록 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="393"/>
        <source>keras.callbacks.TensorBoard: scalars per epoch and per batch, the graph and weight histograms, one sub-folder per run</source>
        <translation>keras.callbacks.TensorBoard: 에포크와 배치마다의 스칼라, 그래프, 가중치 히스토그램을 실행마다 하위 폴더 하나에 씁니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="396"/>
        <source>The folder TensorBoard reads (--logdir)</source>
        <translation>TensorBoard가 읽는 폴더 (--logdir)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="398"/>
        <source>Smoothing</source>
        <translation>부드럽게</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="399"/>
        <source>loss (each batch)</source>
        <translation>손실 (배치마다)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="400"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="401"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="403"/>
        <source>Callbacks: when each acted (hover a mark)</source>
        <translation>콜백: 각각이 언제 동작했는지 (표시 위에 마우스를 올리세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="404"/>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="407"/>
        <source>Callbacks timeline</source>
        <translation>콜백 타임라인</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="408"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="411"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="586"/>
        <source>Stopped while preparing the data.</source>
        <translation>데이터를 준비하는 중에 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="610"/>
        <source>{0} files could not be read and were skipped: {1}</source>
        <translation>파일 {0}개를 읽을 수 없어 건너뛰었습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="660"/>
        <source>Comparing optimizers: {0} of {1} ({2} {3:g})…</source>
        <translation>옵티마이저 비교 중: {1}개 중 {0}번째 ({2} {3:g})…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="808"/>
        <source>TensorBoard log written; open it with: {0}</source>
        <translation>TensorBoard 기록을 썼습니다. 여는 명령: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="857"/>
        <source>The loss became NaN at batch {0}: TerminateOnNaN stopped training. Try a lower learning rate; the curves so far are kept.</source>
        <translation>배치 {0}에서 손실이 NaN이 되어 TerminateOnNaN이 훈련을 멈췄습니다. 학습률을 낮춰 보세요. 지금까지의 곡선은 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="859"/>
        <source>The loss became NaN at batch {0} and training went on (TerminateOnNaN is off): every weight is NaN from there. Try a lower learning rate.</source>
        <translation>배치 {0}에서 손실이 NaN이 되었는데 훈련이 계속되었습니다 (TerminateOnNaN 꺼짐): 그 뒤로 모든 가중치가 NaN입니다. 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="878"/>
        <source>Open it with: {0}</source>
        <translation>여는 명령: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="900"/>
        <source>on_train_begin: lr {0:.3g}</source>
        <translation>on_train_begin: 학습률 {0:.3g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="911"/>
        <source>on_train_batch_end: batch {0}, loss {1:.4g}</source>
        <translation>on_train_batch_end: 배치 {0}, 손실 {1:.4g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="922"/>
        <source>on_epoch_end: epoch {0}</source>
        <translation>on_epoch_end: 에포크 {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="926"/>
        <source>EarlyStopping: {0} epochs without improving {1} (patience {2}); best epoch so far {3}</source>
        <translation>EarlyStopping: {1}이(가) {0} 에포크째 개선되지 않음 (patience {2}); 지금까지 최고 에포크 {3}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="933"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="934"/>
        <source>{0}.{1}: lr {2:.3g} → {3:.3g}</source>
        <translation>{0}.{1}: 학습률 {2:.3g} → {3:.3g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="937"/>
        <source>lr → {0:.3g}</source>
        <translation>lr → {0:.3g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="948"/>
        <source>TerminateOnNaN: NaN loss at batch {0}</source>
        <translation>TerminateOnNaN: 배치 {0}에서 손실이 NaN</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="951"/>
        <source>NaN loss from here on</source>
        <translation>여기부터 손실이 NaN</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="960"/>
        <source>my callback</source>
        <translation>맞춤형 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="962"/>
        <source>print: {0}</source>
        <translation>print: {0}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="966"/>
        <source>each layer measured at batch {0}</source>
        <translation>배치 {0}에서 각 계층을 측정</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="969"/>
        <source>on_train_end after batch {0}</source>
        <translation>배치 {0} 다음 on_train_end</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="1057"/>
        <source>{0}% · {1:.0f} s left</source>
        <translation>{0}% · {1:.0f}초 남음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="349"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="405"/>
        <source>Layers</source>
        <translation>계층</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="348"/>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="350"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="351"/>
        <source>Custom callback</source>
        <translation>맞춤형 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="352"/>
        <source>The bridge (a custom callback)</source>
        <translation>브리지 (맞춤형 콜백의 예)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="353"/>
        <source>Log</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="413"/>
        <source>&lt;h3&gt;Callbacks&lt;/h3&gt;&lt;p&gt;Callbacks are objects passed to &lt;code&gt;fit()&lt;/code&gt; that act during training.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CSVLogger&lt;/b&gt; writes each epoch&apos;s loss and metrics to a CSV file.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EarlyStopping&lt;/b&gt; stops when the monitored loss or metric stops improving for &lt;i&gt;patience&lt;/i&gt; epochs: a guard against overfitting. With restore_best_weights it goes back to the best epoch&apos;s weights.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LearningRateScheduler&lt;/b&gt; sets the learning rate at each epoch from a schedule.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ReduceLROnPlateau&lt;/b&gt; lowers the learning rate when the monitored value stops improving.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TerminateOnNaN&lt;/b&gt; stops as soon as the loss becomes NaN.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your own callback subclasses &lt;code&gt;tf.keras.callbacks.Callback&lt;/code&gt; and overrides methods such as &lt;code&gt;on_epoch_end&lt;/code&gt;. The curves here come from such a callback: see the Bridge tab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;콜백&lt;/h3&gt;&lt;p&gt;콜백은 &lt;code&gt;fit()&lt;/code&gt;에 넘겨 훈련 중에 동작하는 객체입니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;CSVLogger&lt;/b&gt;는 에포크마다 손실과 메트릭을 CSV 파일에 씁니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;EarlyStopping&lt;/b&gt;은 지켜보는 손실이나 메트릭이 &lt;i&gt;patience&lt;/i&gt; 에포크 동안 나아지지 않으면 훈련을 멈춥니다: 과적합을 막습니다. restore_best_weights를 켜면 가장 좋았던 에포크의 가중치로 돌아갑니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;LearningRateScheduler&lt;/b&gt;는 일정에 따라 에포크(세대)마다 학습률을 정합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ReduceLROnPlateau&lt;/b&gt;는 지켜보는 값이 나아지지 않으면 학습률을 낮춥니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;TerminateOnNaN&lt;/b&gt;은 손실이 NaN이 되면 바로 멈춥니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;맞춤형 콜백은 &lt;code&gt;tf.keras.callbacks.Callback&lt;/code&gt;을 상속하고 &lt;code&gt;on_epoch_end&lt;/code&gt; 같은 메서드를 재정의합니다. 여기 곡선도 그런 콜백에서 옵니다: 브리지 탭을 보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="481"/>
        <source>(The source code is not part of this build.)</source>
        <translation>(이 빌드에는 소스 코드가 들어 있지 않습니다.)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="524"/>
        <source>Open a dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="528"/>
        <source>A folder with one sub-folder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="577"/>
        <source>Preparing the data…</source>
        <translation>데이터를 준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="639"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="754"/>
        <location filename="../../tfvisual/ui/panels/training.py" line="897"/>
        <source>Training…</source>
        <translation>훈련 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="757"/>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="802"/>
        <source>Trained {0} epochs in {1:.1f} s.</source>
        <translation>{0} 에포크를 {1:.1f}초 동안 훈련했습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="804"/>
        <source>Stopped by you after {0} epochs.</source>
        <translation>{0} 에포크 뒤에 사용자가 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="864"/>
        <source>Stopped. The curves so far are kept.</source>
        <translation>멈췄습니다. 지금까지의 곡선은 남겨 둡니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="971"/>
        <source>Starting the training process (TensorFlow loads once)…</source>
        <translation>훈련 프로세스를 시작하는 중(TensorFlow는 한 번만 불러옵니다)…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="972"/>
        <source>starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="974"/>
        <source>(The training process could not start: training in the app&apos;s own process instead.)</source>
        <translation>(훈련 프로세스를 시작하지 못해 앱 자체 프로세스에서 훈련합니다.)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="936"/>
        <source>lr → {0:.3g} ({1})</source>
        <translation>lr → {0:.3g} ({1})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="939"/>
        <source>EarlyStopping: stopped after epoch {0}</source>
        <translation>EarlyStopping: {0} 에포크 뒤 멈춤</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="941"/>
        <source>, restored epoch {0}&apos;s weights</source>
        <translation>, {0} 에포크의 가중치로 복원</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/training.py" line="950"/>
        <source>NaN loss: TerminateOnNaN stopped training</source>
        <translation>손실 NaN: TerminateOnNaN이 훈련을 멈춤</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../tfvisual/core/data.py" line="41"/>
        <source>x has {n} samples but y has {m}: they must match</source>
        <translation>x에는 샘플이 {n}개, y에는 {m}개 있습니다: 개수가 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="44"/>
        <source>a dataset needs at least two samples</source>
        <translation>데이터셋에는 샘플이 두 개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="46"/>
        <source>labels (y) must be whole numbers from 0</source>
        <translation>레이블(y)은 0부터 시작하는 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="48"/>
        <source>the validation share must be at least 0 and below 1</source>
        <translation>검증 데이터 비율은 0 이상 1 미만이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="51"/>
        <source>x holds NaN or infinite values</source>
        <translation>x에 NaN이나 무한대 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="69"/>
        <source>unknown 2-D set {kind}</source>
        <translation>알 수 없는 2차원 데이터셋 {kind}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="71"/>
        <source>choose between 10 and 200000 points</source>
        <translation>점의 개수는 10에서 200000 사이로 고르세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="99"/>
        <source>{name} is not a file</source>
        <translation>{name}은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="103"/>
        <source>{name} must hold two arrays named x and y (it holds {names})</source>
        <translation>{name}에는 x와 y라는 두 배열이 있어야 합니다 (지금 있는 것: {names})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="110"/>
        <source>{name} unpacks to {size} MB; tfvisual takes datasets up to {limit} MB</source>
        <translation>{name}을(를) 풀면 {size} MB입니다. tfvisual은 {limit} MB까지의 데이터셋을 받습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="118"/>
        <source>{name} is not a NumPy .npz archive (make one with np.savez(path, x=..., y=...))</source>
        <translation>{name}은(는) NumPy .npz 묶음이 아닙니다 (np.savez(path, x=..., y=...)로 만드세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="122"/>
        <source>{name} is not a readable .npz file: {why}</source>
        <translation>{name}은(는) 읽을 수 있는 .npz 파일이 아닙니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="125"/>
        <source>x must be numbers and y whole-number labels</source>
        <translation>x는 숫자, y는 정수 레이블이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="137"/>
        <source>{name} needs one sub-folder per class, at least two</source>
        <translation>{name}에는 클래스마다 하위 폴더가 하나씩, 두 개 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="143"/>
        <source>no images ({kinds}) found in {name}</source>
        <translation>{name}에서 이미지({kinds})를 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/data.py" line="168"/>
        <source>could not read the images in {name}</source>
        <translation>{name}의 이미지를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="244"/>
        <source>the distributed step&apos;s process ended without an answer (exit code {code})</source>
        <translation>분산 단계의 프로세스가 답 없이 끝났습니다 (종료 코드 {code})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="248"/>
        <source>the distributed step did not finish in 10 minutes</source>
        <translation>분산 단계가 10분 안에 끝나지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="266"/>
        <source>the distributed step failed: {why}</source>
        <translation>분산 단계가 실패했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/devices.py" line="291"/>
        <source>the batch of {batch} does not split evenly over {n} replicas</source>
        <translation>크기 {batch}인 배치를 복제본 {n}개에 똑같이 나눌 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/execution.py" line="51"/>
        <source>session.run failed: {why}</source>
        <translation>session.run 실패: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="366"/>
        <source>unknown dtype {dtype}; try float32, int32, bool or string</source>
        <translation>알 수 없는 dtype {dtype}: float32, int32, bool, string 중 하나를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="373"/>
        <source>bad shape {shape}: use numbers and None, e.g. (None, 3)</source>
        <translation>잘못된 shape {shape}: 숫자와 None을 쓰세요. 예: (None, 3)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="383"/>
        <source>{shape} {dtype} is {mb:,.0f} MB: tfvisual traces inputs up to {limit} MB; write None for a dimension to leave its size open</source>
        <translation>{shape} {dtype}은(는) {mb:,.0f} MB입니다. tfvisual은 {limit} MB까지의 입력을 추적합니다. 차원에 None을 쓰면 크기를 정하지 않을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="392"/>
        <source>a plain def {name}: tfvisual wraps it in tf.function</source>
        <translation>그냥 def {name}: tfvisual이 tf.function으로 감쌉니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="393"/>
        <source>@tf.function above def {name}: traced as written</source>
        <translation>def {name} 위의 @tf.function: 쓴 그대로 추적했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="394"/>
        <source>{name} = tf.function({fn}): traced as written</source>
        <translation>{name} = tf.function({fn}): 쓴 그대로 추적했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="395"/>
        <source>{name}, a tf.function: traced as written</source>
        <translation>tf.function인 {name}: 쓴 그대로 추적했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="480"/>
        <source>define a function with def, e.g. def compute(a, b, c): ...</source>
        <translation>def로 함수를 정의하세요. 예: def compute(a, b, c): ...</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="508"/>
        <source>tracing failed: {why}</source>
        <translation>추적 실패: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="512"/>
        <source>the function returns no tensor: return at least one value</source>
        <translation>함수가 텐서를 반환하지 않습니다: 값을 하나 이상 반환하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="752"/>
        <source>AutoGraph could not convert: {why}</source>
        <translation>AutoGraph가 변환하지 못했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="1114"/>
        <source>this function takes a variable or a dataset as an argument: step through a function of tensors</source>
        <translation>이 함수는 변수나 데이터셋을 인수로 받습니다: 텐서를 받는 함수로 한 단계씩 실행하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="1147"/>
        <source>TensorFlow could not load the graph: {why}</source>
        <translation>텐서플로가 그래프를 불러오지 못했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="1434"/>
        <source>{text} is not a value: write a number, a list such as [1.0, 2.0], or zeros, ones or random</source>
        <translation>{text}은(는) 값이 아닙니다: 숫자, [1.0, 2.0] 같은 리스트, 또는 zeros, ones, random을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="1201"/>
        <source>the function takes {n} inputs, not {k}</source>
        <translation>함수의 입력은 {k}개가 아니라 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="1207"/>
        <source>input {name} has shape {got}, the signature asks for {want}</source>
        <translation>입력 {name}의 형상은 {got}인데, 시그니처는 {want}를 요구합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="32"/>
        <source>the input shape needs positive whole numbers, e.g. (8, 8)</source>
        <translation>입력 shape는 양의 정수여야 합니다. 예: (8, 8)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="35"/>
        <source>the number of classes must be between 1 and 10000</source>
        <translation>클래스 수는 1에서 10000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="39"/>
        <source>a Dense layer needs between 1 and 100000 units</source>
        <translation>Dense 계층의 유닛 수는 1에서 100000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="42"/>
        <source>unknown activation {name}</source>
        <translation>알 수 없는 활성화 함수 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="45"/>
        <source>a dropout rate must be at least 0 and below 1</source>
        <translation>드롭아웃 비율은 0 이상 1 미만이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="230"/>
        <source>unknown architecture {name}</source>
        <translation>알 수 없는 구조 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="307"/>
        <source>a whole model is saved to a file ending in .keras</source>
        <translation>모델 전체는 .keras로 끝나는 파일에 저장합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="60"/>
        <location filename="../../tfvisual/core/export.py" line="664"/>
        <source>unknown panel {name}</source>
        <translation>알 수 없는 패널 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="218"/>
        <source>the function has a syntax error: fix it before exporting</source>
        <translation>함수에 문법 오류가 있습니다: 내보내기 전에 고치세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="230"/>
        <source>define a function with def to export</source>
        <translation>내보내려면 def로 함수를 정의하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="715"/>
        <source>{name}: export to a file ending in .py (a script) or .ipynb (a notebook)</source>
        <translation>{name}: .py(스크립트)나 .ipynb(노트북)로 끝나는 파일로 내보내세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="712"/>
        <source>{path} is a folder: give a file name</source>
        <translation>{path}은(는) 폴더입니다: 파일 이름을 주세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="719"/>
        <source>the folder {folder} does not exist</source>
        <translation>폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="722"/>
        <location filename="../../tfvisual/core/export.py" line="745"/>
        <source>{name} exists already</source>
        <translation>{name}이(가) 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="749"/>
        <location filename="../../tfvisual/core/export.py" line="760"/>
        <location filename="../../tfvisual/core/models.py" line="312"/>
        <location filename="../../tfvisual/core/models.py" line="325"/>
        <source>cannot write {path}: {why}</source>
        <translation>{path}에 쓸 수 없습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="320"/>
        <source>weights are saved to a file ending in .weights.h5</source>
        <translation>가중치는 .weights.h5로 끝나는 파일에 저장합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="340"/>
        <source>{path} does not exist</source>
        <translation>{path}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="342"/>
        <source>{name} is a folder: open a SavedModel folder with &quot;Open a SavedModel folder&quot;</source>
        <translation>{name}은(는) 폴더입니다. SavedModel 폴더는 &quot;SavedModel 폴더 열기&quot;로 여세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="346"/>
        <source>{name} holds weights only, not a model: build the model, then use load_weights()</source>
        <translation>{name}에는 모델이 아니라 가중치만 있습니다. 모델을 만든 뒤 load_weights()를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="350"/>
        <source>{name} is not a .keras model file (save one with model.save)</source>
        <translation>{name}은(는) .keras 모델 파일이 아닙니다 (model.save로 저장하세요)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="356"/>
        <source>{name} is damaged or not a Keras model: it is not an HDF5 file</source>
        <translation>{name}은(는) 손상되었거나 Keras 모델이 아닙니다: HDF5 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="360"/>
        <source>{name} is damaged or not a Keras model: it is not a .keras archive</source>
        <translation>{name}은(는) 손상되었거나 Keras 모델이 아닙니다: .keras 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="370"/>
        <source>{name}&apos;s model description is {mb:,.0f} MB; a model&apos;s is a few hundred KB (tfvisual reads up to {limit} MB)</source>
        <translation>{name}의 모델 설명은 {mb:,.0f} MB입니다. 보통 모델은 수백 KB입니다(tfvisual은 {limit} MB까지 읽습니다)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="376"/>
        <source>{name} would need about {gib:.1f} GiB for its weights ({layer} alone asks for {params:,} parameters); tfvisual does not open models this big</source>
        <translation>{name}은(는) 가중치에만 약 {gib:.1f} GiB가 필요합니다 ({layer} 하나가 파라미터 {params:,}개를 요구): tfvisual은 이렇게 큰 모델을 열지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="420"/>
        <source>{name} is not a SavedModel folder: it has no saved_model.pb</source>
        <translation>{name}은(는) SavedModel 폴더가 아닙니다: saved_model.pb가 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="433"/>
        <source>{name} is damaged or not a SavedModel: {why}</source>
        <translation>{name}은(는) 손상되었거나 SavedModel이 아닙니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="439"/>
        <source>{name} has no signatures to draw (save it with a signature, e.g. model.export())</source>
        <translation>{name}에는 그릴 시그니처가 없습니다 (시그니처와 함께 저장하세요. 예: model.export())</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="545"/>
        <source>{name} needs {cls}, a custom class or function from the code that saved it; tfvisual does not run code from files, so it cannot rebuild this model</source>
        <translation>{name}에는 저장한 코드의 사용자 정의 클래스나 함수인 {cls}이(가) 필요합니다. tfvisual은 파일의 코드를 실행하지 않으므로 이 모델을 다시 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="550"/>
        <source>{name} contains Python code (a Lambda layer); tfvisual loads models in Keras safe mode and will not run code from a file</source>
        <translation>{name}에 파이썬 코드(Lambda 계층)가 들어 있습니다. tfvisual은 Keras 안전 모드로 모델을 불러오며 파일 속 코드를 실행하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="559"/>
        <source>{name} could not be loaded: {why}</source>
        <translation>{name}을(를) 불러오지 못했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="557"/>
        <source>{name} is damaged or not a Keras model: {why}</source>
        <translation>{name}은(는) 손상되었거나 Keras 모델이 아닙니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="568"/>
        <source>the weights in {name} do not fit this model: {why}</source>
        <translation>{name}의 가중치가 이 모델에 맞지 않습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/snippets.py" line="94"/>
        <source>syntax error: {msg}</source>
        <translation>문법 오류: {msg}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/snippets.py" line="192"/>
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
        <location filename="../../tfvisual/core/tensors.py" line="117"/>
        <source>type an expression, for example tf.constant([1, 2, 3])</source>
        <translation>식을 입력하세요. 예: tf.constant([1, 2, 3])</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tensors.py" line="124"/>
        <source>this tensor would take {size:,.0f} MiB, over the limit of {limit:,.0f} MiB; nothing was allocated</source>
        <translation>이 텐서는 {size:,.0f} MiB가 필요해 한도 {limit:,.0f} MiB를 넘습니다. 아무것도 할당하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/tensors.py" line="137"/>
        <source>this tensor takes {size:,.0f} MiB, over the limit of {limit:,.0f} MiB; it is not shown</source>
        <translation>이 텐서는 {size:,.0f} MiB로 한도 {limit:,.0f} MiB를 넘어 보여 주지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="200"/>
        <source>epochs must be between 1 and 10000</source>
        <translation>에포크는 1에서 10000 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="202"/>
        <source>the batch size must be between 1 and 65536</source>
        <translation>배치 크기는 1에서 65536 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="204"/>
        <source>unknown optimiser {name}</source>
        <translation>알 수 없는 옵티마이저 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="207"/>
        <source>the learning rate must be a positive number</source>
        <translation>학습률은 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="215"/>
        <source>the step schedule needs a step of at least 1 epoch</source>
        <translation>계단식 스케줄의 간격은 1 에포크 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="230"/>
        <source>unknown schedule {name}</source>
        <translation>알 수 없는 스케줄 {name}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="237"/>
        <source>write an expression of epoch and lr, e.g. lr * 0.9</source>
        <translation>epoch와 lr로 된 식을 쓰세요. 예: lr * 0.9</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="247"/>
        <source>the schedule failed at epoch {epoch}: {why}</source>
        <translation>에포크 {epoch}에서 스케줄이 실패했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="251"/>
        <source>the schedule gave lr = {value} at epoch {epoch}; it must be a positive number</source>
        <translation>스케줄이 에포크 {epoch}에서 lr = {value}을(를) 냈습니다. 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="268"/>
        <source>cannot write the CSV log to {path}: {why}</source>
        <translation>CSV 로그를 {path}에 쓸 수 없습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="300"/>
        <source>cannot write the TensorBoard log to {path}: it is a file, not a folder</source>
        <translation>{path}에 TensorBoard 기록을 쓸 수 없습니다: 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="305"/>
        <source>cannot write the TensorBoard log to {path}: {why}</source>
        <translation>{path}에 TensorBoard 기록을 쓸 수 없습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="309"/>
        <source>cannot write the TensorBoard log to {path}: permission denied</source>
        <translation>{path}에 TensorBoard 기록을 쓸 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="352"/>
        <source>define a class that subclasses tf.keras.callbacks.Callback</source>
        <translation>tf.keras.callbacks.Callback을 상속하는 클래스를 정의하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="420"/>
        <source>the model expects inputs of shape {model} but the dataset has {data}: rebuild the model for this dataset</source>
        <translation>모델은 shape {model}의 입력을 기대하지만 데이터셋은 {data}입니다: 이 데이터셋에 맞게 모델을 다시 만드세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="426"/>
        <source>the model has {out} outputs but the dataset has {n} classes</source>
        <translation>모델의 출력은 {out}개인데 데이터셋의 클래스는 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="469"/>
        <source>your callback failed: {why}</source>
        <translation>작성한 콜백이 실패했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/training.py" line="826"/>
        <source>the run could not be saved in {path}: {why}</source>
        <translation>실행 기록을 {path}에 저장하지 못했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/i18n.py" line="89"/>
        <source>line {0}: {1}</source>
        <translation>{0}번째 줄: {1}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/graphs.py" line="531"/>
        <source>argument {name}: {why}</source>
        <translation>인자 {name}: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/ui/panels/graphs.py" line="1112"/>
        <source>only a function you wrote can be exported: trace one first</source>
        <translation>직접 작성한 함수만 내보낼 수 있습니다: 먼저 하나를 추적하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/errors.py" line="56"/>
        <source>out of memory: {why}</source>
        <translation>메모리가 부족합니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/errors.py" line="67"/>
        <source>out of GPU memory on {device}: a tensor of shape [{shape}] ({size}) did not fit. Try a smaller size or batch, or choose the CPU in the toolbar.</source>
        <translation>{device}의 GPU 메모리가 부족합니다: 형상 [{shape}]의 텐서({size})가 들어가지 않습니다. 크기나 배치를 줄이거나, 도구 모음에서 CPU를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/errors.py" line="71"/>
        <source>out of memory on {device}: a tensor of shape [{shape}] ({size}) did not fit. Try a smaller size or batch.</source>
        <translation>{device}의 메모리가 부족합니다: 형상 [{shape}]의 텐서({size})가 들어가지 않습니다. 크기나 배치를 줄여 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/trainproc.py" line="184"/>
        <source>the training process did not stop within {s:.0f} s (is there an endless loop in your callback?), so it was ended; the curves so far are kept</source>
        <translation>훈련 프로세스가 {s:.0f}초 안에 멈추지 않아 종료했습니다 (콜백에 끝없는 루프가 있나요?). 지금까지의 곡선은 남아 있습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/models.py" line="581"/>
        <source>this model could not be run on sample inputs, so its predictions cannot be compared</source>
        <translation>이 모델을 예시 입력으로 실행할 수 없어 예측을 비교할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="21"/>
        <source>first call: nothing traced yet</source>
        <translation>첫 호출: 아직 추적한 것이 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="22"/>
        <source>a new Python value ({detail}): each Python value is part of the signature</source>
        <translation>새 파이썬 값 ({detail}): 파이썬 값은 하나하나가 시그니처의 일부입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="24"/>
        <source>a new shape ({detail})</source>
        <translation>새 형상 ({detail})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="25"/>
        <source>a new shape ({detail}): reduce_retracing traced one graph for any length</source>
        <translation>새 형상 ({detail}): reduce_retracing이 어떤 길이에도 맞는 그래프 하나를 추적했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="27"/>
        <source>a new dtype ({detail})</source>
        <translation>새 dtype ({detail})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="28"/>
        <source>a Python value where a tensor was, or the other way round ({detail})</source>
        <translation>텐서 자리에 파이썬 값이 왔거나 그 반대 ({detail})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="30"/>
        <source>a new input structure ({detail})</source>
        <translation>새 입력 구조 ({detail})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="169"/>
        <source>write at least one call, one per line, e.g. compute(1.0, 2.0, 3.0)</source>
        <translation>한 줄에 하나씩, 호출을 적어도 하나 쓰세요. 예: compute(1.0, 2.0, 3.0)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="172"/>
        <source>{n} calls: at most {most}, please</source>
        <translation>호출 {n}개: {most}개까지만 쓰세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="197"/>
        <source>not a Python expression: {why}</source>
        <translation>파이썬 식이 아닙니다: {why}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/calls.py" line="203"/>
        <source>write a call of {name}, e.g. {name}(1.0, 2.0, 3.0)</source>
        <translation>{name}의 호출을 쓰세요. 예: {name}(1.0, 2.0, 3.0)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/sandbox.py" line="137"/>
        <source>the result takes {size:,.0f} MiB, over the limit of {limit:,.0f} MiB</source>
        <translation>결과가 {size:,.0f} MiB로 한도 {limit:,.0f} MiB를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/sandbox.py" line="231"/>
        <source>the Python process that runs your code could not start (exit code {code})</source>
        <translation>코드를 실행하는 Python 프로세스가 시작하지 못했습니다 (종료 코드 {code})</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/sandbox.py" line="276"/>
        <source>your code used more than {limit:,.0f} MiB of memory, so the process running it was ended; the app goes on</source>
        <translation>코드가 메모리를 {limit:,.0f} MiB 넘게 써서 코드를 실행하던 프로세스를 끝냈습니다. 앱은 계속 동작합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/sandbox.py" line="280"/>
        <source>signal {n}</source>
        <translation>시그널 {n}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/sandbox.py" line="281"/>
        <source>exit code {n}</source>
        <translation>종료 코드 {n}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/sandbox.py" line="282"/>
        <source>your code ended the Python process running it ({how}); the app goes on and a fresh process takes its place</source>
        <translation>코드가 자신을 실행하던 Python 프로세스를 끝냈습니다 ({how}). 앱은 계속 동작하고 새 프로세스가 그 자리를 대신합니다</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="35"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="76"/>
        <source>nothing to check yet: run this lesson&apos;s step that makes a result</source>
        <translation>아직 확인할 것이 없습니다: 이 단원에서 결과를 만드는 단계를 실행하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="103"/>
        <source>that is a TensorSpec: make a tensor with values</source>
        <translation>TensorSpec입니다: 값이 있는 텐서를 만드세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="107"/>
        <source>rank {rank}, {dtype}, {n} elements</source>
        <translation>순위 {rank}, {dtype}, 원소 {n}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="113"/>
        <source>a {kind} of shape {shape}: the goal is a TensorSpec</source>
        <translation>형상이 {shape}인 {kind}: 목표는 TensorSpec입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="118"/>
        <source>a TensorSpec of shape {shape}</source>
        <translation>형상이 {shape}인 TensorSpec</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="125"/>
        <source>{n} elements of {dtype}, {bytes} bytes</source>
        <translation>{dtype} 원소 {n}개, {bytes}바이트</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="134"/>
        <source>shape {shape}, {dtype}, first row {row}</source>
        <translation>형상 {shape}, {dtype}, 첫 행 {row}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="148"/>
        <source>the lazy graph&apos;s tensors: {names}</source>
        <translation>지연 그래프의 텐서: {names}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="154"/>
        <source>the lazy graph has {n} operations</source>
        <translation>지연 그래프의 연산은 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="180"/>
        <source>eager printed {n} tensors; the session computed {k} of those values</source>
        <translation>즉시 실행은 텐서 {n}개를 출력했고, 세션은 그 가운데 {k}개의 값을 계산했습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="218"/>
        <source>loop ops in the traced graph: {ops}</source>
        <translation>추적된 그래프의 반복 연산: {ops}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="227"/>
        <source>branch ops in the traced graph: {ops}</source>
        <translation>추적된 그래프의 분기 연산: {ops}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="314"/>
        <source>loss {loss}, X0 = {x0:g}: closest X = {x:.4g}, loss {l:.4g}</source>
        <translation>손실 {loss}, X0 = {x0:g}: 가장 가까운 X = {x:.4g}, 손실 {l:.4g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="324"/>
        <source>loss {loss}: closest |X − {sol:g}| = {d:.4g} after {n} steps</source>
        <translation>손실 {loss}: {n}단계 뒤 가장 가까운 |X − {sol:g}| = {d:.4g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="336"/>
        <source>the last X values: {xs}</source>
        <translation>마지막 X 값: {xs}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="361"/>
        <source>loss {loss}: distance to {sol:g} went {d}</source>
        <translation>손실 {loss}: {sol:g}까지의 거리 {d}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="167"/>
        <source>the most-read result is read by {n} operation</source>
        <translation>가장 많이 읽힌 결과를 읽는 연산은 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="37"/>
        <source>tensor</source>
        <translation>텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="38"/>
        <source>variable</source>
        <translation>변수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="168"/>
        <source>the most-read result is read by {n} operations</source>
        <translation>가장 많이 읽힌 결과를 읽는 연산은 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="191"/>
        <source>Grappler removed {n} node, the goal is 2</source>
        <translation>Grappler가 노드 {n}개를 없앴습니다. 목표는 2개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="192"/>
        <source>Grappler removed {n} nodes, the goal is 2</source>
        <translation>Grappler가 노드 {n}개를 없앴습니다. 목표는 2개입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="232"/>
        <source>that is the built-in example {name}: change it, or write your own</source>
        <translation>기본 예제 {name} 그대로입니다. 바꾸거나 직접 작성하세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="239"/>
        <source>traced for {n} input signature: {list}</source>
        <translation>입력 시그니처 {n}개로 추적됨: {list}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="240"/>
        <source>traced for {n} input signatures: {list}</source>
        <translation>입력 시그니처 {n}개로 추적됨: {list}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="252"/>
        <source>{n} calls, {k} of them different, {t} traces</source>
        <translation>호출 {n}번, 그중 서로 다른 것 {k}개, 추적 {t}번</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="264"/>
        <source>{n} calls, {t} traces: print during {p} calls, tf.print during {q}</source>
        <translation>호출 {n}번, 추적 {t}번: print는 호출 {p}번 동안, tf.print는 {q}번 동안 출력</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="273"/>
        <source>{k} different input shapes, {t} traces</source>
        <translation>서로 다른 입력 형상 {k}개, 추적 {t}번</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="289"/>
        <source>ops that computed 54.0: {ops}</source>
        <translation>54.0을 계산한 연산: {ops}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="297"/>
        <source>the While ran {n} times</source>
        <translation>While이 {n}번 돌았습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="343"/>
        <source>at this step the tape&apos;s Sign gave {sign:g} and dX = {dx:g}</source>
        <translation>이 단계에서 테이프의 Sign은 {sign:g}, dX = {dx:g}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="357"/>
        <source>it diverges at lr {lr:g}, but far past the edge: find the smallest rate that does</source>
        <translation>학습률 {lr:g}에서 발산하지만 경계를 한참 지났습니다. 발산이 시작되는 가장 작은 학습률을 찾으세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="378"/>
        <source>{paths} input-to-output path, {params:,} parameters</source>
        <translation>입력에서 출력까지 경로 {paths}개, 파라미터 {params:,}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="379"/>
        <source>{paths} input-to-output paths, {params:,} parameters</source>
        <translation>입력에서 출력까지 경로 {paths}개, 파라미터 {params:,}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="387"/>
        <source>{params:,} parameters, {outs} outputs</source>
        <translation>파라미터 {params:,}개, 출력 {outs}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="395"/>
        <source>layers with no parameters (besides Flatten): {names}</source>
        <translation>파라미터가 없는 계층 (Flatten 말고): {names}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="403"/>
        <source>not saved and loaded yet</source>
        <translation>아직 저장하고 불러오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="405"/>
        <source>largest difference after load: {full}; weights only: {weights}</source>
        <translation>불러온 뒤 가장 큰 차이: {full}; 가중치만: {weights}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="434"/>
        <source>EarlyStopping did not stop the training ({n} epochs run)</source>
        <translation>EarlyStopping이 훈련을 멈추지 않았습니다 ({n} 에포크 실행)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="441"/>
        <source>stopped after epoch {epoch}; best weights restored from epoch {best}</source>
        <translation>에포크 {epoch} 뒤에 멈춤; 에포크 {best}의 최고 가중치 복원</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="450"/>
        <source>turn off the scheduler and ReduceLROnPlateau and use your own callback</source>
        <translation>스케줄러와 ReduceLROnPlateau를 끄고 맞춤형 콜백을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="467"/>
        <source>the learning rate went down {drops} times, {after} of them right after val_loss rose; val_loss rose {rises} times</source>
        <translation>학습률이 {drops}번 내려갔고 그중 {after}번은 val_loss가 오른 직후였습니다; val_loss는 {rises}번 올랐습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="477"/>
        <source>first NaN loss at step {step}; {n} of {total} epochs run</source>
        <translation>처음 NaN 손실은 {step}단계; {total} 에포크 중 {n} 에포크 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="493"/>
        <source>layers whose gradient vanished: {names}</source>
        <translation>그래디언트가 소실된 계층: {names}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="502"/>
        <source>most dead ReLU units: {dead} of {units} in {name}</source>
        <translation>죽은 ReLU 유닛이 가장 많은 곳: {name}의 {units}개 중 {dead}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="521"/>
        <source>final val_loss: sgd {sgd:.4g}, adam {adam:.4g} (ticked runs of the same model, data, epochs and batch size)</source>
        <translation>최종 val_loss: sgd {sgd:.4g}, adam {adam:.4g} (같은 모델, 데이터, 에포크, 배치 크기로 체크한 실행)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="533"/>
        <source>MatMul ran on {where}</source>
        <translation>MatMul 실행 장치: {where}</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="541"/>
        <source>{n} replicas got {rows} rows of the batch</source>
        <translation>복제본 {n}개가 배치의 {rows}행을 받았습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="550"/>
        <source>a * b ran on machine {mul}, + c on machine {add}; {n} transfers between them</source>
        <translation>a * b는 컴퓨터 {mul}, + c는 컴퓨터 {add}에서 실행했습니다. 그 사이 전송 {n}번</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="559"/>
        <source>{n} workers, {shards} examples a step</source>
        <translation>워커 {n}개, 단계마다 예제 {shards}개</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="570"/>
        <source>Make a rank-4 float16 tensor with exactly 24 elements.</source>
        <translation>원소가 정확히 24개인 순위 4 float16 텐서를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="571"/>
        <source>The shape&apos;s numbers multiply to the element count: 2 × 3 × 4 = 24, and one more 1 makes rank 4. tf.ones and tf.zeros take a dtype.</source>
        <translation>형상의 숫자를 곱하면 원소 수입니다: 2 × 3 × 4 = 24이고, 1을 하나 더하면 순위 4가 됩니다. tf.ones와 tf.zeros는 dtype을 받습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="574"/>
        <source>Rank is the number of axes; the element count is the product of the shape.</source>
        <translation>순위는 축의 개수이고, 원소 수는 형상의 곱입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="577"/>
        <source>Make a TensorSpec that accepts any batch of RGB images, of any height and width.</source>
        <translation>높이와 너비가 어떻든 RGB 이미지의 배치라면 무엇이든 받는 TensorSpec을 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="579"/>
        <source>None marks a dimension that is not known yet. An RGB image has 3 channels, last.</source>
        <translation>None은 아직 모르는 차원을 뜻합니다. RGB 이미지는 마지막에 채널 3개가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="581"/>
        <source>None in a shape is a dimension left open: one spec fits every batch and image size.</source>
        <translation>형상의 None은 열어 둔 차원입니다: 스펙 하나가 모든 배치와 이미지 크기에 맞습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="584"/>
        <source>Make a tensor of one million elements that takes exactly 2,000,000 bytes.</source>
        <translation>원소가 백만 개이고 정확히 2,000,000바이트를 차지하는 텐서를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="586"/>
        <source>The size in bytes is the element count times the bytes of one element: which dtype has 2 bytes?</source>
        <translation>바이트 크기는 원소 수 곱하기 원소 하나의 바이트입니다: 2바이트인 dtype은 무엇일까요?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="588"/>
        <source>The dtype decides the memory: float16 halves float32&apos;s bytes for the same shape.</source>
        <translation>dtype이 메모리를 정합니다: 같은 형상에서 float16은 float32의 절반 바이트입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="591"/>
        <source>Make a 3 × 4 integer matrix holding 0, 1, 2, … 11 row by row.</source>
        <translation>0, 1, 2, … 11을 행 순서로 담은 3 × 4 정수 행렬을 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="593"/>
        <source>tf.range counts; tf.reshape gives the counted values a new shape.</source>
        <translation>tf.range로 세고, tf.reshape로 그 값에 새 형상을 줍니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="595"/>
        <source>Reshape keeps the values in order and only changes how they are grouped.</source>
        <translation>reshape는 값의 순서를 그대로 두고 묶는 방식만 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="599"/>
        <source>Change the snippet so that the lazy run names a tensor Mul:0.</source>
        <translation>지연 실행에서 Mul:0이라는 텐서가 생기도록 코드를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="601"/>
        <source>Lazily, each operation is named after its kind, but a * b is named in lower case (mul): try tf.multiply.</source>
        <translation>지연 실행에서 연산은 종류의 이름을 받지만, a * b는 소문자(mul)로 이름이 붙습니다: tf.multiply를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="603"/>
        <source>In a graph, every tensor is the output of a named operation: Mul:0 is the first output of the op Mul.</source>
        <translation>그래프에서 모든 텐서는 이름 있는 연산의 출력입니다: Mul:0은 연산 Mul의 첫 번째 출력입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="606"/>
        <source>Make the lazy graph hold exactly 5 operations.</source>
        <translation>지연 그래프에 연산이 정확히 5개 있도록 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="607"/>
        <source>Every tf.constant is an operation too, not only the arithmetic.</source>
        <translation>계산만이 아니라 tf.constant 하나하나도 연산입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="609"/>
        <source>Constants are nodes of the graph like any computation.</source>
        <translation>상수도 다른 계산처럼 그래프의 노드입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="611"/>
        <source>Make one result feed two different operations in the lazy graph.</source>
        <translation>지연 그래프에서 결과 하나가 서로 다른 연산 두 개에 들어가게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="613"/>
        <source>Use the same tensor twice: c = a + b, then d = c * 2 and e = c - 1.</source>
        <translation>같은 텐서를 두 번 쓰세요: c = a + b, 그다음 d = c * 2와 e = c - 1.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="615"/>
        <source>A graph computes a shared result once and hands it to every op that reads it.</source>
        <translation>그래프는 공유된 결과를 한 번 계산해 그것을 읽는 모든 연산에 넘깁니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="618"/>
        <source>Print at least two tensors eagerly, and see that the lazy session computes exactly the values eager printed.</source>
        <translation>즉시 실행으로 텐서를 두 개 이상 출력하고, 지연 실행의 세션이 즉시 실행이 출력한 값과 똑같이 계산하는지 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="620"/>
        <source>Name each result (c = …) and print it: the lazy run prints a symbolic tensor, and the session then computes every named tensor.</source>
        <translation>결과마다 이름을 붙이고 (c = …) 출력하세요: 지연 실행은 기호 텐서를 출력하고, 그다음 세션이 이름 붙은 텐서를 모두 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="623"/>
        <source>Eager and lazy compute the same numbers; lazy only computes them later, in a session.</source>
        <translation>조급한 실행과 느긋한 실행은 같은 수를 계산합니다. 느긋한 실행은 나중에 세션에서 계산할 뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="627"/>
        <source>Write a function in which Grappler removes at least two nodes.</source>
        <translation>Grappler가 노드를 두 개 이상 없애는 함수를 작성하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="629"/>
        <source>Grappler removes repeated work (a * b twice) and folds constants (2.0 * 3.0).</source>
        <translation>Grappler는 반복된 계산(a * b 두 번)을 없애고 상수를 미리 계산합니다(2.0 * 3.0).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="631"/>
        <source>Grappler rewrites the traced graph before it runs: repeats are merged, constant arithmetic is done once.</source>
        <translation>Grappler는 추적된 그래프를 실행 전에 고쳐 씁니다: 반복은 합치고 상수 계산은 한 번만 합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="634"/>
        <source>Write a function that AutoGraph turns into a while loop in the graph.</source>
        <translation>AutoGraph가 그래프 안의 while 반복으로 바꾸는 함수를 작성하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="636"/>
        <source>A Python while whose condition depends on a tensor becomes tf.while_loop.</source>
        <translation>조건이 텐서에 달린 파이썬 while은 tf.while_loop가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="638"/>
        <source>AutoGraph turns Python loops over tensors into a While op that runs inside the graph.</source>
        <translation>AutoGraph는 텐서에 대한 파이썬 반복을 그래프 안에서 도는 While 연산으로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="641"/>
        <source>Write a function whose Python if becomes a branch op in the graph.</source>
        <translation>파이썬 if가 그래프의 분기 연산이 되는 함수를 작성하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="643"/>
        <source>The if must test a tensor (an argument), not a Python value: then AutoGraph makes tf.cond.</source>
        <translation>if가 파이썬 값이 아니라 텐서(인자)를 검사해야 합니다: 그러면 AutoGraph가 tf.cond를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="645"/>
        <source>An if on a tensor becomes tf.cond: both branches are traced, one runs.</source>
        <translation>텐서에 대한 if는 tf.cond가 됩니다: 두 분기를 모두 추적하고 하나만 실행합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="648"/>
        <source>Make the same function trace again for a new input shape.</source>
        <translation>같은 함수가 새 입력 형상으로 다시 추적되게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="649"/>
        <source>Trace once, change an argument&apos;s shape in the table (say () to (3,)), and trace again.</source>
        <translation>한 번 추적하고, 표에서 인자의 형상을 바꾼 뒤 (예: ()를 (3,)으로) 다시 추적하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="651"/>
        <source>A tf.function keeps one concrete graph per input signature: a new shape means a new trace.</source>
        <translation>tf.function은 입력 시그니처마다 구체 그래프를 하나씩 둡니다: 새 형상은 새 추적을 뜻합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="654"/>
        <source>In Trace or run?, show that print runs only while tracing and tf.print on every call: at least 3 calls, one of them reusing a trace.</source>
        <translation>&apos;추적인가 실행인가?&apos;에서 print는 추적할 때만, tf.print는 호출마다 실행됨을 보이세요: 호출 3번 이상, 그중 하나는 추적을 다시 쓰는 호출.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="657"/>
        <source>Pick the example &quot;print or tf.print&quot; and run its calls; a call repeated with the same tensors&apos; shapes reuses the trace.</source>
        <translation>예제 &quot;print와 tf.print&quot;를 고르고 호출을 실행하세요. 같은 형상의 텐서로 되풀이한 호출은 추적을 다시 씁니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="660"/>
        <source>Python code runs once, while tracing; only TensorFlow operations such as tf.print are in the graph and run every call.</source>
        <translation>파이썬 코드는 추적할 때 한 번 실행됩니다. tf.print 같은 TensorFlow 연산만 그래프에 들어가 호출마다 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="664"/>
        <source>Make five calls with five different inputs that all run one traced graph.</source>
        <translation>서로 다른 입력으로 호출 다섯 번을 하되, 모두 추적한 그래프 하나로 실행되게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="666"/>
        <source>A new Python number traces again; tensors of one dtype and shape share a graph: pass tf.constant(...).</source>
        <translation>새 파이썬 수는 다시 추적됩니다. dtype과 형상이 같은 텐서는 그래프를 함께 씁니다: tf.constant(...)를 넘기세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="668"/>
        <source>A graph is traced for a signature (dtypes and shapes), and Python values are part of it.</source>
        <translation>그래프는 시그니처(dtype과 형상)마다 추적되고, 파이썬 값도 그 일부입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="671"/>
        <source>Call your function with three different shapes and let it trace at most twice.</source>
        <translation>함수를 서로 다른 형상 세 가지로 호출하되, 추적은 두 번까지만 되게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="673"/>
        <source>Give tf.function an input_signature with None for the length, or reduce_retracing=True.</source>
        <translation>tf.function에 길이를 None으로 둔 input_signature를 주거나 reduce_retracing=True를 주세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="675"/>
        <source>input_signature fixes one graph for many shapes; reduce_retracing makes the second trace general.</source>
        <translation>input_signature는 여러 형상에 그래프 하나를 정해 두고, reduce_retracing은 두 번째 추적을 일반적인 형상으로 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="678"/>
        <source>Run compute step by step with inputs that make one of its ops compute exactly 54.0, the chapter&apos;s first loss.</source>
        <translation>compute를 한 단계씩 실행하되, 연산 하나가 정확히 54.0(이 장의 첫 손실)을 계산하도록 입력을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="681"/>
        <source>Change the values in the table&apos;s last column, then Run it step by step (F10): e = a · b · c.</source>
        <translation>표의 마지막 열 값을 바꾸고 한 단계씩 실행(F10)하세요: e = a · b · c.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="683"/>
        <source>Every box&apos;s value is the output TensorFlow computed for that op in one run of the graph.</source>
        <translation>상자마다 적힌 값은 그래프를 한 번 실행할 때 TensorFlow가 그 연산에서 계산한 출력입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="686"/>
        <source>Run a function step by step whose While loop runs exactly 10 times.</source>
        <translation>While 반복이 정확히 10번 도는 함수를 한 단계씩 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="688"/>
        <source>The While&apos;s box shows how often it ran. Try the while-and-if example and change n in the last column.</source>
        <translation>While 상자는 몇 번 돌았는지 보여 줍니다. while과 if 예제를 고르고 마지막 열의 n을 바꿔 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="690"/>
        <source>A While op runs its body inside the graph; its first output counts the iterations.</source>
        <translation>While 연산은 그래프 안에서 본문을 반복합니다. 첫 출력이 반복 횟수를 셉니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="694"/>
        <source>With the abs loss, start from an X0 other than 20 and make X land exactly on the solution B/A and stay there.</source>
        <translation>abs 손실로, 20이 아닌 X0에서 시작해 X가 해 B/A에 정확히 닿아 그대로 머물게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="696"/>
        <source>With abs, every step moves X by learning rate × A. Choose X0 so that its distance to 2 is a whole number of such steps.</source>
        <translation>abs에서는 매 단계 X가 학습률 × A만큼 움직입니다. 2까지의 거리가 그 걸음의 정수배가 되도록 X0을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="699"/>
        <source>The gradient of abs is ±A whatever the distance, so X moves in fixed steps and stops only where the loss is exactly 0.</source>
        <translation>abs의 그래디언트는 거리와 상관없이 ±A라서, X는 일정한 걸음으로 움직이고 손실이 정확히 0인 곳에서만 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="703"/>
        <source>With the square loss and plain gradient descent, get within 0.01 of B/A in at most 10 steps.</source>
        <translation>square 손실과 기본 경사 하강법으로, 10단계 안에 B/A와의 차이를 0.01 미만으로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="705"/>
        <source>With square, each step multiplies the error A·X − B by 1 − 2A²·lr: near 0 the answer comes at once (lr near 1/(2A²), 0.0556 for A = 3).</source>
        <translation>square에서는 매 단계 오차 A·X − B에 1 − 2A²·lr이 곱해집니다: 이 값이 0에 가까우면 답에 곧바로 닿습니다 (lr이 1/(2A²) 근처, A = 3이면 0.0556).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="714"/>
        <source>With abs, X moves by learning rate × A every step: make the distance to the answer not a whole number of steps. With square, the error is multiplied by 1 − 2A²·lr each step: try lr = 1/A².</source>
        <translation>abs에서는 매 단계 X가 학습률 × A만큼 움직입니다: 답까지의 거리가 걸음의 정수배가 아니게 하세요. square에서는 매 단계 오차에 1 − 2A²·lr이 곱해집니다: lr = 1/A²를 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="721"/>
        <source>With the square loss, make X move further from the answer at every step, with a learning rate just past the edge where that starts.</source>
        <translation>제곱 손실로, 단계마다 X가 답에서 더 멀어지게 하세요. 학습률은 그렇게 되기 시작하는 경계를 막 넘은 값으로 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="724"/>
        <source>With square, each step multiplies the error by 1 − 2A²·lr: past lr = 1/A² (0.111 for A = 3) its size is over 1.</source>
        <translation>square에서는 매 단계 오차에 1 − 2A²·lr이 곱해집니다: lr = 1/A²(A = 3이면 0.111)를 넘으면 그 크기가 1보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="730"/>
        <source>Step the descent to where the tape&apos;s backward pass gives dX = 0, and find the op that makes it 0.</source>
        <translation>테이프의 역방향 계산이 dX = 0을 주는 곳까지 경사 하강법을 진행하고, 그것을 0으로 만드는 연산을 찾으세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="732"/>
        <source>Watch the recording beside the plots: the backward ops are coloured; step to X = 2.</source>
        <translation>플롯 옆의 기록을 보세요: 역방향 연산은 색칠되어 있습니다. X = 2까지 진행하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="734"/>
        <source>The gradient of abs is A times the sign of A·X − B; at the solution the sign is 0, so dX is 0.</source>
        <translation>abs의 그래디언트는 A 곱하기 A·X − B의 부호입니다. 해에서는 부호가 0이므로 dX도 0입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="754"/>
        <source>Dropout zeroes a random share of its inputs while training and scales the rest by 1/(1 − rate): nothing to learn.</source>
        <translation>Dropout은 훈련 중에 입력의 일부를 무작위로 0으로 만들고 나머지에 1/(1 − rate)를 곱합니다: 배울 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="768"/>
        <source>Reach 95 % validation accuracy on the digits within the first 5 epochs with plain sgd.</source>
        <translation>평범한 sgd로 처음 5 에포크 안에 숫자 데이터의 검증 정확도 95 %에 도달하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="770"/>
        <source>sgd takes plain gradient steps, with none of adam&apos;s scaling: give it a far larger learning rate (0.2 or more).</source>
        <translation>sgd는 adam처럼 크기를 조절하지 않고 그래디언트만큼 그대로 움직입니다. 훨씬 큰 학습률(0.2 이상)을 주세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="773"/>
        <source>How fast a model learns depends on the optimizer and its learning rate together: each needs its own.</source>
        <translation>모델이 얼마나 빨리 배우는지는 옵티마이저와 학습률이 함께 정합니다. 옵티마이저마다 알맞은 학습률이 따로 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="792"/>
        <source>float32 holds numbers up to about 3.4e38, so a large rate (100) only makes the loss huge; an enormous one (a schedule expression such as 1e35) makes the weights overflow.</source>
        <translation>float32는 약 3.4e38까지 담으므로 큰 학습률(100)은 손실을 아주 크게 만들 뿐입니다. 엄청나게 큰 값(예: 스케줄 식 1e35)이어야 가중치가 넘칩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="799"/>
        <source>Train a model in which a layer&apos;s gradient vanishes, and find that layer in the Layers view.</source>
        <translation>어떤 계층의 그래디언트가 소실되는 모델을 훈련하고, 계층 보기에서 그 계층을 찾으세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="801"/>
        <source>In lesson 5, stack six or more Dense layers with the sigmoid activation; train with sgd and watch the first layers.</source>
        <translation>5장에서 sigmoid 활성화를 쓰는 Dense 계층을 여섯 개 이상 쌓고, sgd로 훈련하며 앞쪽 계층을 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="804"/>
        <source>Sigmoid&apos;s slope is at most 0.25: multiplied layer after layer on the way back, the first layers&apos; gradient becomes too small to learn.</source>
        <translation>sigmoid의 기울기는 최대 0.25입니다: 거꾸로 돌아가며 계층마다 곱해지면 앞쪽 계층의 그래디언트는 너무 작아져 훈련되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="808"/>
        <source>Make at least half of a ReLU layer&apos;s units die (their output always 0 on the sample).</source>
        <translation>ReLU 계층 유닛의 절반 이상을 죽게 만드세요 (샘플에서 출력이 항상 0).</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="812"/>
        <source>A dead ReLU unit passes no gradient back, so it never comes back to life.</source>
        <translation>죽은 ReLU 유닛은 그래디언트를 뒤로 전달하지 않으므로 다시 살아나지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="815"/>
        <source>Beat adam&apos;s final val_loss with sgd: tick both runs in the Runs tab.</source>
        <translation>sgd로 adam의 최종 val_loss를 이기세요: 실행 기록 탭에서 두 실행을 체크하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="819"/>
        <source>No optimizer wins everywhere: each needs its own learning rate, and the runs side by side show it.</source>
        <translation>어디서나 이기는 옵티마이저는 없습니다: 옵티마이저마다 맞는 학습률이 있고, 실행을 나란히 놓으면 보입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="708"/>
        <source>With the square loss the step shrinks as X nears the answer: the right learning rate gets there in a few steps.</source>
        <translation>square 손실에서는 X가 답에 가까워질수록 걸음이 작아집니다: 알맞은 학습률이면 몇 단계 만에 닿습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="422"/>
        <source>{data}, {opt}: best validation accuracy in the first 5 epochs {acc:.1%} ({n} epochs run)</source>
        <translation>{data}, {opt}: 처음 5 에포크의 최고 검증 정확도 {acc:.1%} ({n} 에포크 실행)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="712"/>
        <source>Find a learning rate at which X jumps back and forth around the answer forever.</source>
        <translation>X가 답 주위를 끝없이 오가는 학습률을 찾으세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="718"/>
        <source>Too large a step overshoots the answer; the wrong size overshoots it back, for ever.</source>
        <translation>걸음이 너무 크면 답을 지나치고, 크기가 맞지 않으면 되돌아오며 또 지나치기를 끝없이 되풀이합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="727"/>
        <source>Gradient descent diverges when the learning rate is too large for the curve.</source>
        <translation>학습률이 곡선에 비해 너무 크면 경사 하강법은 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="738"/>
        <source>Build a functional model with two branches and fewer than 5,000 parameters.</source>
        <translation>가지가 둘이고 파라미터가 5,000개 미만인 함수형 모델을 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="740"/>
        <source>The branching model has two paths; its first Dense layers&apos; parameters grow with the input size.</source>
        <translation>가지 모델(branching)에는 경로가 둘 있고, 첫 Dense 계층의 파라미터는 입력 크기에 따라 늘어납니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="742"/>
        <source>The functional API can split and join paths, which Sequential cannot.</source>
        <translation>함수형 API는 경로를 나누고 합칠 수 있지만 Sequential은 그럴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="745"/>
        <source>Build a Sequential model with 10 outputs and between 1,000 and 2,000 parameters.</source>
        <translation>출력이 10개이고 파라미터가 1,000개에서 2,000개 사이인 순차형(Sequential) 모델을 만드세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="747"/>
        <source>A Dense layer has inputs × units weights plus units biases.</source>
        <translation>Dense 계층에는 입력 × 유닛 개의 가중치와 유닛 개의 편향이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="749"/>
        <source>Parameters are counted per layer: weights between every input and unit, plus a bias per unit.</source>
        <translation>파라미터는 계층마다 셉니다: 모든 입력과 유닛 사이의 가중치에 유닛마다 편향 하나를 더합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="752"/>
        <source>Add a layer that has no parameters of its own, besides Flatten.</source>
        <translation>Flatten 말고, 자기 파라미터가 없는 계층을 더하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="757"/>
        <source>Some layers transform without learning anything: 0 in the summary&apos;s Param #.</source>
        <translation>어떤 계층은 아무것도 배우지 않고 변환만 합니다: summary의 Param #이 0입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="760"/>
        <source>Save and reload a model, both whole and weights only, with identical predictions.</source>
        <translation>모델 전체와 가중치만을 저장하고 다시 불러와서, 예측이 똑같게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="762"/>
        <source>Use the save and load round trip; the difference it measures must be 0.</source>
        <translation>저장·불러오기 왕복을 쓰세요. 측정한 차이가 0이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="764"/>
        <source>A saved .keras file holds the architecture and the weights: the reloaded model predicts the same numbers.</source>
        <translation>저장된 .keras 파일에는 구조와 가중치가 들어 있어서, 다시 불러온 모델이 같은 수를 예측합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="776"/>
        <source>Make EarlyStopping stop the training before epoch 10 and restore the best weights.</source>
        <translation>EarlyStopping이 에포크 10 전에 훈련을 멈추고 최고 가중치를 복원하게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="778"/>
        <source>Turn EarlyStopping on with a small patience and restore best weights, and train for many epochs.</source>
        <translation>EarlyStopping을 작은 patience와 최고 가중치 복원으로 켜고, 에포크를 많이 주어 훈련하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="780"/>
        <source>EarlyStopping watches a metric and ends training when it stops improving.</source>
        <translation>EarlyStopping은 메트릭을 지켜보다가 더 나아지지 않으면 훈련을 끝냅니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="783"/>
        <source>Write your own callback that lowers the learning rate whenever val_loss rises, and only then.</source>
        <translation>val_loss가 오를 때마다, 그리고 그때만 학습률을 낮추는 콜백을 직접 작성하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="785"/>
        <source>In on_epoch_end, compare logs[&apos;val_loss&apos;] with the last one and set self.model.optimizer.learning_rate.</source>
        <translation>on_epoch_end에서 logs[&apos;val_loss&apos;]를 지난 값과 비교하고 self.model.optimizer.learning_rate를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="787"/>
        <source>A callback sees every epoch&apos;s logs and can change training while it runs.</source>
        <translation>콜백은 에포크마다 로그를 보고 훈련 도중에 훈련을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="790"/>
        <source>Make the loss become NaN and let TerminateOnNaN stop the training early.</source>
        <translation>손실이 NaN이 되게 하고 TerminateOnNaN이 훈련을 일찍 멈추게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="796"/>
        <source>A learning rate far too large blows the weights up; TerminateOnNaN stops a run that cannot recover.</source>
        <translation>학습률이 지나치게 크면 가중치가 터집니다. TerminateOnNaN은 회복할 수 없는 훈련을 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="810"/>
        <source>A far too large learning rate (adam at 0.1) pushes units to where ReLU outputs 0 for every input.</source>
        <translation>지나치게 큰 학습률(adam에서 0.1)은 유닛을 모든 입력에 ReLU가 0을 내는 곳으로 밀어냅니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="817"/>
        <source>Compare optimizers trains both from the same first weights; give sgd a larger learning rate (0.3 to 0.5).</source>
        <translation>옵티마이저 비교는 둘 다 같은 초기 가중치에서 훈련합니다; sgd에 더 큰 학습률(0.3에서 0.5)을 주세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="829"/>
        <source>tf.device pins ops to a device, and each tensor knows where it was computed.</source>
        <translation>tf.device는 연산을 장치에 고정하고, 텐서는 자기가 어디서 계산됐는지 압니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="833"/>
        <source>Make MirroredStrategy split a batch of 8 over 2 devices.</source>
        <translation>MirroredStrategy가 크기 8인 배치를 장치 2개에 나누게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="834"/>
        <source>Set the number of devices for the distributed step to 2 and run it.</source>
        <translation>분산 단계의 장치 수를 2로 정하고 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="836"/>
        <source>MirroredStrategy gives each device an equal share of the batch and adds the gradients up.</source>
        <translation>MirroredStrategy는 장치마다 배치를 똑같이 나눠 주고 그래디언트를 더합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="840"/>
        <source>Split the batch of 8 so that each replica gets exactly 2 rows.</source>
        <translation>크기 8인 배치를 나눠서 복제본마다 정확히 2행씩 받게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="842"/>
        <source>8 rows over how many devices give 2 each?</source>
        <translation>8행을 장치 몇 개에 나누면 2행씩 될까요?</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="843"/>
        <source>More replicas mean a smaller share each; the reduced gradient stays the same.</source>
        <translation>복제본이 많을수록 각자의 몫은 작아지고, 합친 그래디언트는 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="846"/>
        <source>Make the add of compute run on the second machine, with a * b on the first.</source>
        <translation>compute의 덧셈은 두 번째 컴퓨터에서, a * b는 첫 번째 컴퓨터에서 실행되게 하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="848"/>
        <source>In Across machines, start the cluster, put + c on machine 1 and run compute across the machines.</source>
        <translation>여러 컴퓨터에서 탭에서 클러스터를 시작하고, + c를 컴퓨터 1에 두고 여러 컴퓨터에서 compute를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="850"/>
        <source>TensorFlow cuts the graph where it crosses machines and inserts a Send and a Recv on each side of the cut.</source>
        <translation>TensorFlow는 그래프가 컴퓨터를 건너가는 곳을 자르고, 자른 곳 양쪽에 Send와 Recv를 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="853"/>
        <source>Double the workers to 4 and keep the global batch of 64: train and check every worker&apos;s share.</source>
        <translation>워커를 4개로 두 배 늘리고 전역 배치는 64로 두세요. 훈련하고 워커마다의 몫을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="855"/>
        <source>Choose 4 workers and train; the global batch stays 64, so each worker&apos;s shard shrinks.</source>
        <translation>워커 4개를 고르고 훈련하세요. 전역 배치는 64 그대로이므로 워커마다의 몫이 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="857"/>
        <source>The global batch is split between the workers, and compute_average_loss divides by it, so the gradient does not change with the number of workers.</source>
        <translation>전역 배치는 워커들에게 나뉘고 compute_average_loss가 그 크기로 나누므로, 워커 수가 바뀌어도 그래디언트는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="900"/>
        <source>the progress file could not be read ({why}); progress starts fresh</source>
        <translation>진행 파일을 읽을 수 없습니다 ({why}). 진행을 새로 시작합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="896"/>
        <location filename="../../tfvisual/core/exercises.py" line="914"/>
        <source>the progress file was damaged; it was kept as {name} and progress starts fresh</source>
        <translation>진행 파일이 손상되었습니다. {name}(으)로 보관하고 진행을 새로 시작합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="823"/>
        <source>Make MatMul run on a second logical CPU (CPU:1) and read back where it ran.</source>
        <translation>MatMul이 두 번째 논리 CPU(CPU:1)에서 실행되게 하고, 어디서 실행됐는지 읽어 보세요.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="825"/>
        <source>In Distribution, split the CPU into 2 at start and restart tfvisual; then choose CPU:1 in the toolbar. The placement graph colours each op by the device TensorFlow placed it on.</source>
        <translation>분산 탭에서 시작할 때 CPU를 2개로 나누도록 하고 tfvisual을 다시 시작하세요. 그다음 도구 모음에서 CPU:1을 고르세요. 배정 그래프는 연산마다 TensorFlow가 배정한 장치의 색을 칠합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="918"/>
        <source>the progress file is from a newer tfvisual; it was kept as {name} and progress starts fresh</source>
        <translation>진행 파일이 더 새로운 tfvisual의 것입니다. {name}(으)로 보관하고 진행을 새로 시작합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/exercises.py" line="975"/>
        <source>progress could not be saved ({why}); it is kept until you quit</source>
        <translation>진행을 저장할 수 없습니다 ({why}). 종료할 때까지만 유지됩니다</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../tfvisual/core/export.py" line="73"/>
        <source>(a description, no values)</source>
        <translation>(설명일 뿐, 값 없음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="74"/>
        <source>(values)</source>
        <translation>(값 있음)</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="75"/>
        <source>kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="76"/>
        <source>&lt;unknown&gt;</source>
        <translation>&lt;알 수 없음&gt;</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="77"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="78"/>
        <source>strings: the bytes of each</source>
        <translation>문자열: 각각의 바이트 수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="79"/>
        <source>device:</source>
        <translation>장치:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="80"/>
        <source>eager</source>
        <translation>조급한 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="81"/>
        <source>lazy</source>
        <translation>느긋한 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="82"/>
        <source>traced ops:</source>
        <translation>추적한 연산:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="83"/>
        <source>what must be kept</source>
        <translation>남겨야 하는 것</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="84"/>
        <source>ops after Grappler:</source>
        <translation>Grappler 뒤의 연산:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="85"/>
        <source>removed:</source>
        <translation>없앤 것:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="86"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="87"/>
        <source>random weights: nothing is downloaded</source>
        <translation>무작위 가중치: 아무것도 내려받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="88"/>
        <source>training samples:</source>
        <translation>훈련 샘플:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="89"/>
        <source>validation samples:</source>
        <translation>검증 샘플:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="90"/>
        <source>epochs run:</source>
        <translation>실행한 에포크:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="91"/>
        <source>CSV columns:</source>
        <translation>CSV 열:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="92"/>
        <source>CSV epochs:</source>
        <translation>CSV 에포크:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="68"/>
        <source>Run once with run metadata: its partitioned graphs hold the device TensorFlow placed each op on.</source>
        <translation>실행 메타데이터와 함께 한 번 실행합니다: 그 분할 그래프에 TensorFlow가 연산마다 배정한 장치가 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="94"/>
        <source>warm-up</source>
        <translation>예열</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="95"/>
        <source>all-reduced (sum):</source>
        <translation>올리듀스 (합):</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="96"/>
        <source>traced:</source>
        <translation>추적한 그래프:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="97"/>
        <source>after Grappler:</source>
        <translation>Grappler 뒤:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="98"/>
        <source>gradient vanishing</source>
        <translation>그래디언트 소실</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="99"/>
        <source>gradient exploding</source>
        <translation>그래디언트 폭주</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="100"/>
        <source>dead units:</source>
        <translation>죽은 유닛:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="158"/>
        <source>The tensor</source>
        <translation>텐서</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="160"/>
        <source>Its dtype, shape, rank and size</source>
        <translation>dtype, 형상, 순위, 크기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="194"/>
        <source>Eager: each line runs at once and prints values</source>
        <translation>즉시 실행: 줄마다 바로 실행되어 값을 출력합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="197"/>
        <source>Lazy: the same lines only build a TF1 graph</source>
        <translation>지연 실행: 같은 줄이 TF1 그래프를 만들기만 합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="201"/>
        <source>A session runs the graph and computes every named tensor</source>
        <translation>세션이 그래프를 실행해 이름 붙은 텐서를 모두 계산합니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="210"/>
        <source>after session.run</source>
        <translation>session.run 뒤</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="245"/>
        <source>The function</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="247"/>
        <source>Traced by tf.function for this input signature</source>
        <translation>이 입력 시그니처로 tf.function이 추적한 그래프</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="249"/>
        <source>Your own tf.function as you made it, or a plain def wrapped in one.</source>
        <translation>직접 만든 tf.function은 그대로, 그냥 def는 tf.function으로 감쌉니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="263"/>
        <source>Grappler: the graph TensorFlow really runs</source>
        <translation>Grappler: TensorFlow가 실제로 실행하는 그래프</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="274"/>
        <source>AutoGraph&apos;s version of the function</source>
        <translation>AutoGraph가 바꾼 함수</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="304"/>
        <source>Every op&apos;s value in one run, traced and after Grappler</source>
        <translation>한 번 실행할 때 연산마다의 값: 추적한 그래프와 Grappler 뒤</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="333"/>
        <source>Gradient descent with tf.GradientTape</source>
        <translation>tf.GradientTape로 하는 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="349"/>
        <source>diverged past float32</source>
        <translation>float32를 넘어 발산함</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="351"/>
        <source>What the tape records for the first step, forward and backward</source>
        <translation>첫 단계에서 테이프가 기록하는 것: 앞으로, 그리고 뒤로</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="394"/>
        <source>The SavedModel</source>
        <translation>SavedModel</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="401"/>
        <location filename="../../tfvisual/core/export.py" line="487"/>
        <source>The model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="404"/>
        <source>Saved and loaded: the predictions stay the same</source>
        <translation>저장하고 불러오기: 예측은 그대로입니다</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="420"/>
        <source>largest difference after load_model():</source>
        <translation>load_model() 뒤 가장 큰 차이:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="421"/>
        <source>largest difference after load_weights():</source>
        <translation>load_weights() 뒤 가장 큰 차이:</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="439"/>
        <source>The UCI optdigits 8×8 digits that ship with tfvisual.</source>
        <translation>tfvisual에 함께 들어 있는 UCI optdigits 8×8 숫자 데이터.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="485"/>
        <source>The data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="523"/>
        <source>Each layer while it learns</source>
        <translation>훈련되는 동안의 각 계층</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="530"/>
        <source>Your own callback</source>
        <translation>맞춤형 콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="537"/>
        <source>The callbacks</source>
        <translation>콜백</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="539"/>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="562"/>
        <source>Logical CPUs must be made before TensorFlow sets up its devices.</source>
        <translation>논리 CPU는 TensorFlow가 장치를 준비하기 전에 만들어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="571"/>
        <source>Where TensorFlow placed each op</source>
        <translation>TensorFlow가 각 연산을 배정한 곳</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="595"/>
        <source>Timing of a matrix multiplication on {device}</source>
        <translation>{device}에서 잰 행렬 곱셈 시간</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="608"/>
        <source>MirroredStrategy: one batch split over the devices</source>
        <translation>MirroredStrategy: 배치 하나를 장치들에 나누기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="641"/>
        <source>Tensors: dtype, shape and rank</source>
        <translation>텐서: dtype, 형상, 순위</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="642"/>
        <source>Eager and lazy execution</source>
        <translation>조급한(즉시) 실행과 느긋한(지연) 실행</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="643"/>
        <source>tf.function, Grappler and AutoGraph</source>
        <translation>tf.function, Grappler, AutoGraph</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="644"/>
        <source>Gradient descent with GradientTape</source>
        <translation>GradientTape로 하는 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="645"/>
        <source>Keras models: build, summarise, save, load</source>
        <translation>Keras 모델: 만들기, 요약, 저장, 불러오기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="646"/>
        <source>Training with Keras callbacks</source>
        <translation>Keras 콜백으로 훈련하기</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="647"/>
        <source>Devices and distribution</source>
        <translation>장치와 분산</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="651"/>
        <source>`tf.function` runs the Python function once with symbolic tensors and records every operation into a graph: that is tracing. Before the graph runs, Grappler, TensorFlow&apos;s graph optimiser, rewrites it: a repeated `a * b` is computed once, constant arithmetic is done in advance, unused nodes are pruned. AutoGraph turns Python `if` and `while` on tensors into `tf.cond` and `tf.while_loop`. A new input shape or dtype means a new trace.</source>
        <translation>`tf.function`은 파이썬 함수를 기호 텐서로 한 번 실행하며 모든 연산을 그래프에 기록합니다: 이것이 추적입니다. 그래프가 실행되기 전에 TensorFlow의 그래프 최적화기 Grappler가 그래프를 고쳐 씁니다: 반복된 `a * b`는 한 번만 계산하고, 상수 계산은 미리 하고, 쓰이지 않는 노드는 잘라 냅니다. AutoGraph는 텐서에 대한 파이썬 `if`와 `while`을 `tf.cond`와 `tf.while_loop`로 바꿉니다. 입력 형상이나 dtype이 새로우면 새로 추적합니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="667"/>
        <source>Exported from tfvisual. It needs only TensorFlow and Keras, and runs offline.</source>
        <translation>tfvisual에서 내보냈습니다. TensorFlow와 Keras만 있으면 되고 오프라인으로 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../tfvisual/core/export.py" line="678"/>
        <source>TensorFlow&apos;s C++ errors while it looks for a GPU kept out of the output</source>
        <translation>TensorFlow가 GPU를 찾으며 내는 C++ 오류는 출력에서 뺍니다</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../tfvisual/ui/widgets/plots.py" line="141"/>
        <source>and {0} more</source>
        <translation>외 {0}개</translation>
    </message>
</context>
</TS>
